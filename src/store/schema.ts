/**
 * The DuckDB schema of an entente database. One file holds documents, their
 * sentences, the actor vocabulary and all events, whether coded from text or
 * imported from an event dataset.
 */
export const SCHEMA_VERSION = 1;

/**
 * Events that tie two actors: all but a domestic act coded from text, whose target is the source's own
 * country and is not named in the sentence (no target span, target = the source's first three letters). Those stay in the events table; dyads and
 * networks, which are about relations between actors, leave them out.
 */
export const tieEventSql = (alias = 'e') =>
  `NOT (${alias}.origin = 'text' AND ${alias}.tgt_start IS NULL AND ${alias}.target = SUBSTR(${alias}.source, 1, 3))`;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (
  key VARCHAR PRIMARY KEY,
  value VARCHAR
);
CREATE TABLE IF NOT EXISTS documents (
  id VARCHAR PRIMARY KEY,          -- content hash of the normalised text
  external_id VARCHAR,
  title VARCHAR,
  date DATE,
  url VARCHAR,
  source VARCHAR,                  -- outlet
  path VARCHAR,                    -- file read from
  line INTEGER,                    -- record/line within the file
  text VARCHAR NOT NULL,
  ingested_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS sentences (
  doc VARCHAR NOT NULL,
  idx INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text VARCHAR NOT NULL,
  PRIMARY KEY (doc, idx)
);
CREATE TABLE IF NOT EXISTS actors (
  code VARCHAR PRIMARY KEY,
  name VARCHAR,
  country VARCHAR,
  sector VARCHAR,
  kind VARCHAR
);
CREATE TABLE IF NOT EXISTS events (
  id VARCHAR PRIMARY KEY,
  origin VARCHAR NOT NULL,         -- text | gdelt | icews | phoenix | polecat | cow | dyads
  doc VARCHAR,
  date DATE,
  source VARCHAR NOT NULL,
  target VARCHAR NOT NULL,
  source_name VARCHAR,
  target_name VARCHAR,
  code VARCHAR NOT NULL,
  root VARCHAR NOT NULL,
  goldstein DOUBLE NOT NULL,
  quad TINYINT NOT NULL,
  plover_event VARCHAR,
  plover_mode VARCHAR,
  negated BOOLEAN NOT NULL DEFAULT false,
  denied BOOLEAN NOT NULL DEFAULT false,
  modality VARCHAR NOT NULL DEFAULT 'asserted',
  claimant VARCHAR,
  confidence DOUBLE NOT NULL DEFAULT 1,
  sentence_idx INTEGER,
  sent_start INTEGER,
  sent_end INTEGER,
  src_start INTEGER,
  src_end INTEGER,
  tgt_start INTEGER,
  tgt_end INTEGER,
  verb_start INTEGER,
  verb_end INTEGER,
  file VARCHAR,                    -- imported events: source file
  row_number BIGINT,               -- imported events: row within the file
  url VARCHAR,
  mentions INTEGER,
  sources INTEGER
);
CREATE TABLE IF NOT EXISTS imports (
  file VARCHAR NOT NULL,           -- file as read (zip members as ARCHIVE!MEMBER)
  format VARCHAR NOT NULL,         -- gdelt | icews | phoenix | polecat | cow | dyads
  kind VARCHAR,                    -- what the file held (gdelt2-events, gdelt1-events, gdelt2-mentions, cow-alliances, …)
  bytes BIGINT,
  rows_read BIGINT,                -- data rows in the file
  inserted BIGINT,                 -- rows new to the database (re-imports insert 0)
  skipped BIGINT,                  -- bad rows reported and skipped
  imported_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS mentions (
  event_id VARCHAR NOT NULL,       -- events.id of the mentioned event ('gdelt:' || GLOBALEVENTID)
  event_time TIMESTAMP,
  mention_time TIMESTAMP,
  mention_type TINYINT,            -- 1 web, 2 citation-only, 3 core, 4 DTIC, 5 JSTOR, 6 non-textual
  source_name VARCHAR,             -- outlet (domain)
  identifier VARCHAR,              -- URL or citation of the mentioning document
  sentence_id INTEGER,
  actor1_offset INTEGER,           -- character offsets in the document, -1 when not found
  actor2_offset INTEGER,
  action_offset INTEGER,
  in_raw_text BOOLEAN,
  confidence INTEGER,
  doc_len INTEGER,
  doc_tone DOUBLE,
  file VARCHAR,
  row_number BIGINT,
  PRIMARY KEY (event_id, identifier, sentence_id, actor1_offset, actor2_offset, action_offset)
);
-- per event: how many mentions and distinct outlets the GDELT mentions files hold (join on events.id)
CREATE OR REPLACE VIEW mention_counts AS
  SELECT event_id, count(*) AS mentions, count(DISTINCT source_name) AS sources,
         min(mention_time) AS first_mention, max(mention_time) AS last_mention
  FROM mentions GROUP BY event_id;
CREATE TABLE IF NOT EXISTS dyad_windows (
  -- signed dyad-windows loaded by \`entente import dyads\` from the aggregate that
  -- \`entente network --print-sql\` prints (src/network/sql.ts describes the columns)
  window_from DATE NOT NULL,
  window_to DATE NOT NULL,
  a VARCHAR NOT NULL,
  b VARCHAR NOT NULL,
  events BIGINT NOT NULL,
  q1 BIGINT, q2 BIGINT, q3 BIGINT, q4 BIGINT,
  cooperative DOUBLE NOT NULL,
  hostile DOUBLE NOT NULL,
  goldstein_sum DOUBLE,
  goldstein_mean DOUBLE,
  weight DOUBLE,
  sources BIGINT,
  claimants VARCHAR,
  net DOUBLE,
  sign INTEGER,
  confidence DOUBLE,
  dedup VARCHAR NOT NULL,
  level VARCHAR NOT NULL,
  file VARCHAR,                    -- the aggregate file the row was read from
  row_number BIGINT,               -- row within that file
  PRIMARY KEY (window_from, window_to, a, b, dedup, level)
);
`;
