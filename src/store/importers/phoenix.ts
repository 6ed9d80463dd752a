/**
 * Phoenix importer: the OEDA Phoenix daily event files (`events.full.YYYYMMDD.txt`,
 * 26 tab-separated columns, no header): EventID, Date (YYYYMMDD), Year, Month,
 * Day, SourceActorFull, SourceActorEntity, SourceActorRole,
 * SourceActorAttribute, TargetActorFull, …, EventCode, EventRootCode,
 * QuadClass, GoldsteinScore, Issues, Lat, Lon, LocationName, StateName,
 * CountryCode, SentenceID, URLs, NewsSources.
 *
 * Actor codes are Phoenix's full CAMEO actor codes (USAGOV) as they stand.
 * Phoenix's QuadClass is used when it is 1–4; its 0 (neutral statements)
 * becomes cameo.ts quadClass of the code. URLs: the first of the
 * semicolon-separated list. Event id: 'phoenix:' || EventID.
 */
import { importFiles, insertCsv, quadTable, sqlString, type CsvInsert, type Importer } from './common.ts';

export const PHOENIX_COLUMNS = [
  'EventID', 'Date', 'Year', 'Month', 'Day', 'SourceActorFull', 'SourceActorEntity', 'SourceActorRole', 'SourceActorAttribute',
  'TargetActorFull', 'TargetActorEntity', 'TargetActorRole', 'TargetActorAttribute', 'EventCode', 'EventRootCode', 'QuadClass',
  'GoldsteinScore', 'Issues', 'Lat', 'Lon', 'LocationName', 'StateName', 'CountryCode', 'SentenceID', 'URLs', 'NewsSources',
];

function spec(file: string): CsvInsert {
  return {
    columns: PHOENIX_COLUMNS.map((c) => [c, c === 'GoldsteinScore' ? 'DOUBLE' : c === 'QuadClass' ? 'TINYINT' : 'VARCHAR']),
    delim: '\t',
    header: 0,
    joins: `LEFT JOIN entente_quad qd ON qd.root = left(r.EventCode, 2)`,
    checks: [
      { bad: 'EventID IS NULL', message: `'EventID missing'` },
      { bad: `try_strptime("Date", '%Y%m%d') IS NULL`, message: `'Date ' || coalesce('"' || "Date" || '"', 'missing') || ' is not a date YYYYMMDD'` },
      { bad: `qd.quad IS NULL OR NOT regexp_full_match(EventCode, '[0-9]{2,4}')`, message: `'EventCode ' || coalesce('"' || EventCode || '"', 'missing') || ' is not a CAMEO code'` },
      { bad: 'GoldsteinScore IS NULL', message: `'GoldsteinScore missing'` },
    ],
    select: {
      id: `'phoenix:' || EventID`,
      origin: `'phoenix'`,
      date: `try_strptime("Date", '%Y%m%d')::DATE`,
      source: `coalesce(SourceActorFull, '')`,
      target: `coalesce(TargetActorFull, '')`,
      source_name: 'NULL',
      target_name: 'NULL',
      code: 'EventCode',
      root: `coalesce(EventRootCode, left(EventCode, 2))`,
      goldstein: 'GoldsteinScore',
      quad: `CASE WHEN QuadClass BETWEEN 1 AND 4 THEN QuadClass ELSE qd.quad END`,
      file: sqlString(file),
      row_number: '_line',
      url: `nullif(split_part(URLs, ';', 1), '')`,
      mentions: 'NULL',
      sources: `CASE WHEN NewsSources IS NULL THEN NULL ELSE len(string_split(NewsSources, ';')) END`,
    },
  };
}

const phoenix: Importer = {
  name: 'phoenix',
  describe: 'Phoenix daily event files (26 tab-separated columns, no header)',
  run(store, files, opts) {
    return importFiles(store, 'phoenix', files, opts, async (f, report, problems) => {
      await quadTable(store.con, 'gdelt');
      return { kind: 'phoenix-events', ...(await insertCsv(store, f, spec(f.name), opts, problems, report)) };
    });
  },
};

export default phoenix;
