/**
 * The DuckDB schema of an entente database. One file holds documents, their
 * sentences, the actor vocabulary and all events, whether coded from text or
 * imported from an event dataset.
 */
export const SCHEMA_VERSION = 1;

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
`;
