/**
 * GDELT importer: events (2.0: 61 columns; 1.0: 58 columns, and 57 in the
 * pre-2013 backfile without SOURCEURL, mixed in one file allowed) and GDELT 2.0
 * mentions (16 columns, tab-separated without header as GDELT ships them, or
 * comma-separated with a header as in exported samples), plain or zipped.
 *
 * Column layouts: GDELT Event Codebook V2.0 and GDELT Data Format Codebook
 * V1.03 (events), GDELT Event Codebook V2.0 (mentions). Actor codes are
 * GDELT's CAMEO actor codes (USAGOV, IGOEUREEC) as they stand; an empty
 * Actor1Code/Actor2Code is stored as '' (actor not identified).
 *
 * Event id: 'gdelt:' || GLOBALEVENTID, so re-importing adds nothing.
 * Mentions join events on mentions.event_id = events.id.
 */
import type { Store } from '../db.ts';
import { firstLine, importFiles, insertCsv, InputError, sqlString, type CsvInsert, type Importer, type ImportOptions, type PreparedFile, type RowCheck } from './common.ts';

const ACTOR = ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'];
const EVENT = ['IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone'];
const geo = (p: string, adm2: boolean) => [`${p}_Type`, `${p}_FullName`, `${p}_CountryCode`, `${p}_ADM1Code`, ...(adm2 ? [`${p}_ADM2Code`] : []), `${p}_Lat`, `${p}_Long`, `${p}_FeatureID`];

/** GDELT 2.0 event columns (61). */
export const GDELT2_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...ACTOR.map((c) => 'Actor1' + c), ...ACTOR.map((c) => 'Actor2' + c),
  ...EVENT, ...geo('Actor1Geo', true), ...geo('Actor2Geo', true), ...geo('ActionGeo', true),
  'DATEADDED', 'SOURCEURL',
];
/** GDELT 1.0 event columns (58; the backfile lacks the last, SOURCEURL). */
export const GDELT1_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...ACTOR.map((c) => 'Actor1' + c), ...ACTOR.map((c) => 'Actor2' + c),
  ...EVENT, ...geo('Actor1Geo', false), ...geo('Actor2Geo', false), ...geo('ActionGeo', false),
  'DATEADDED', 'SOURCEURL',
];
/** GDELT 2.0 mentions columns (16). */
export const MENTIONS_COLUMNS = [
  'GLOBALEVENTID', 'EventTimeDate', 'MentionTimeDate', 'MentionType', 'MentionSourceName', 'MentionIdentifier', 'SentenceID',
  'Actor1CharOffset', 'Actor2CharOffset', 'ActionCharOffset', 'InRawText', 'Confidence', 'MentionDocLen', 'MentionDocTone',
  'MentionDocTranslationInfo', 'Extras',
];

const EVENT_TYPES: Record<string, string> = { GLOBALEVENTID: 'BIGINT', QuadClass: 'TINYINT', GoldsteinScale: 'DOUBLE', NumMentions: 'INTEGER', NumSources: 'INTEGER' };
const MENTION_TYPES: Record<string, string> = {
  GLOBALEVENTID: 'BIGINT', EventTimeDate: 'VARCHAR', MentionTimeDate: 'VARCHAR', MentionType: 'TINYINT', SentenceID: 'INTEGER',
  Actor1CharOffset: 'INTEGER', Actor2CharOffset: 'INTEGER', ActionCharOffset: 'INTEGER', InRawText: 'INTEGER', Confidence: 'INTEGER',
  MentionDocLen: 'INTEGER', MentionDocTone: 'DOUBLE',
};

export type GdeltKind = 'gdelt2-events' | 'gdelt1-events' | 'gdelt2-mentions';

/** What a GDELT file holds, from its first line. */
export function detectKind(line: string, file: string): { kind: GdeltKind; delim: string; header: number } {
  if (/^globaleventid[,\t]/i.test(line) && /mention/i.test(line)) return { kind: 'gdelt2-mentions', delim: line.includes('\t') ? '\t' : ',', header: 1 };
  const n = line.split('\t').length;
  if (n === 61) return { kind: 'gdelt2-events', delim: '\t', header: 0 };
  if (n === 58 || n === 57) return { kind: 'gdelt1-events', delim: '\t', header: 0 };
  if (n === 16) return { kind: 'gdelt2-mentions', delim: '\t', header: 0 };
  throw new InputError(file, 1, `${n} tab-separated columns: not GDELT events (61 columns in 2.0, 58 or 57 in 1.0) or mentions (16)`);
}

const dateCheck = (col: string): RowCheck => ({
  bad: `try_strptime(${col}, '%Y%m%d') IS NULL`,
  message: `'${col} ' || coalesce('"' || ${col} || '"', 'missing') || ' is not a date YYYYMMDD'`,
});

/** The INSERT for an events file. */
export function eventsSpec(kind: 'gdelt2-events' | 'gdelt1-events', file: string): CsvInsert {
  const names = kind === 'gdelt2-events' ? GDELT2_COLUMNS : GDELT1_COLUMNS;
  const checks: RowCheck[] = [];
  if (kind === 'gdelt1-events') checks.push({ bad: 'DATEADDED IS NULL', message: `'too few columns (GDELT 1.0 rows have 57 or 58)'` });
  checks.push(
    { bad: 'GLOBALEVENTID IS NULL', message: `'GLOBALEVENTID missing'` },
    dateCheck('SQLDATE'),
    { bad: `EventCode IS NULL OR NOT regexp_full_match(EventCode, '[0-9]{2,4}')`, message: `'EventCode ' || coalesce('"' || EventCode || '"', 'missing') || ' is not a CAMEO code'` },
    { bad: 'QuadClass IS NULL OR QuadClass NOT BETWEEN 1 AND 4', message: `'QuadClass ' || coalesce(QuadClass::VARCHAR, 'missing') || ' is not 1-4'` },
    { bad: 'GoldsteinScale IS NULL', message: `'GoldsteinScale missing'` },
  );
  return {
    columns: names.map((n) => [n, EVENT_TYPES[n] ?? 'VARCHAR']),
    delim: '\t',
    header: 0,
    nullPadding: kind === 'gdelt1-events',
    checks,
    select: {
      id: `'gdelt:' || GLOBALEVENTID`,
      origin: `'gdelt'`,
      date: `try_strptime(SQLDATE, '%Y%m%d')::DATE`,
      source: `coalesce(Actor1Code, '')`,
      target: `coalesce(Actor2Code, '')`,
      source_name: 'Actor1Name',
      target_name: 'Actor2Name',
      code: 'EventCode',
      root: `coalesce(EventRootCode, left(EventCode, 2))`,
      goldstein: 'GoldsteinScale',
      quad: 'QuadClass',
      file: sqlString(file),
      row_number: '_line',
      url: 'SOURCEURL',
      mentions: 'NumMentions',
      sources: 'NumSources',
    },
  };
}

/** The INSERT for a mentions file. */
export function mentionsSpec(file: string, delim: string, header: number): CsvInsert {
  const ts = (c: string) => `try_strptime(${c}, '%Y%m%d%H%M%S')`;
  return {
    table: 'mentions',
    columns: MENTIONS_COLUMNS.map((n) => [n, MENTION_TYPES[n] ?? 'VARCHAR']),
    delim,
    header,
    quote: delim === ',' ? '"' : '',
    checks: [
      { bad: 'GLOBALEVENTID IS NULL', message: `'GLOBALEVENTID missing'` },
      { bad: `${ts('MentionTimeDate')} IS NULL`, message: `'MentionTimeDate ' || coalesce('"' || MentionTimeDate || '"', 'missing') || ' is not a time YYYYMMDDHHMMSS'` },
    ],
    select: {
      event_id: `'gdelt:' || GLOBALEVENTID`,
      event_time: ts('EventTimeDate'),
      mention_time: ts('MentionTimeDate'),
      mention_type: 'MentionType',
      source_name: 'MentionSourceName',
      identifier: `coalesce(MentionIdentifier, '')`,
      sentence_id: 'coalesce(SentenceID, -1)',
      actor1_offset: 'coalesce(Actor1CharOffset, -1)',
      actor2_offset: 'coalesce(Actor2CharOffset, -1)',
      action_offset: 'coalesce(ActionCharOffset, -1)',
      in_raw_text: 'InRawText = 1',
      confidence: 'Confidence',
      doc_len: 'MentionDocLen',
      doc_tone: 'MentionDocTone',
      file: sqlString(file),
      row_number: '_line',
    },
  };
}

async function importOne(store: Store, f: PreparedFile, opts: ImportOptions, report: (x: number) => void, problems: Parameters<typeof insertCsv>[4]) {
  const { kind, delim, header } = detectKind(await firstLine(f.path), f.name);
  const spec = kind === 'gdelt2-mentions' ? mentionsSpec(f.name, delim, header) : eventsSpec(kind, f.name);
  const r = await insertCsv(store, f, spec, opts, problems, report);
  return { kind, ...r };
}

const gdelt: Importer = {
  name: 'gdelt',
  describe: 'GDELT 2.0 events (61 columns), 1.0 events (58/57), 2.0 mentions (16); plain or .zip',
  run(store, files, opts) {
    return importFiles(store, 'gdelt', files, opts, (f, report, problems) => importOne(store, f, opts, report, problems));
  },
};

export default gdelt;
