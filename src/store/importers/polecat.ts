/**
 * POLECAT importer: the weekly POLECAT/PLOVER TSV files (header; Event ID,
 * Event Date, Event Type, Event Mode, Intensity, Quad Code, Contexts, Actor
 * Name, Actor Country, Actor COW, Primary Actor Sector, …, Recipient Name,
 * Recipient Country, …, Source, Publication Date, …, Language, Version).
 *
 * Tolerant by design (the published files have known malformations): columns
 * are taken from the header by name, header names past the last POLECAT
 * column are ignored (extra header columns), and rows with another number of
 * fields (stray tabs) or bad values are reported as FILE:LINE and skipped,
 * never silently dropped.
 *
 * PLOVER event type and mode become a CAMEO code through the PLOVER columns
 * of dictionaries/cameo.tsv (the shortest code for the event and mode, else
 * for the event); plover_event/plover_mode keep POLECAT's own. Goldstein
 * weight: POLECAT's Intensity when given, else the CAMEO code's. Quad class:
 * POLECAT's Quad Code (1–4 or its words), else cameo.ts quadClass. Actors: the
 * country code (ISO alpha-3, as POLECAT gives it), the name kept; '' when the
 * actor has no country. Event id: 'polecat:' || Event ID.
 */
import { cameoTable, quadClass } from '../../model/cameo.ts';
import { firstLine, importFiles, insertCsv, InputError, sqlString, tempTable, type CsvInsert, type Importer } from './common.ts';

export const POLECAT_COLUMNS = [
  'Event ID', 'Event Date', 'Event Type', 'Event Mode', 'Intensity', 'Quad Code', 'Contexts', 'Actor Name', 'Actor Country', 'Actor COW',
  'Primary Actor Sector', 'Actor Sectors', 'Actor Title', 'Actor Name Raw', 'Wikipedia Actor ID', 'Recipient Name', 'Recipient Country',
  'Recipient COW', 'Primary Recipient Sector', 'Recipient Sectors', 'Recipient Title', 'Recipient Name Raw', 'Wikipedia Recipient ID',
  'Placename', 'City', 'District', 'Province', 'Country', 'Latitude', 'Longitude', 'GeoNames ID', 'Raw Placename', 'Feature Type',
  'Source', 'Publication Date', 'Story People', 'Story Organizations', 'Story Locations', 'Language', 'Version',
];
const REQUIRED = ['Event ID', 'Event Date', 'Event Type', 'Actor Name', 'Actor Country', 'Recipient Name', 'Recipient Country'];

/** PLOVER (event, mode) → CAMEO code, from cameo.tsv; mode '' = the event's default. */
export function ploverToCameo(): Map<string, string> {
  const out = new Map<string, string>();
  const codes = [...cameoTable().values()].sort((a, b) => a.code.length - b.code.length || a.code.localeCompare(b.code));
  for (const c of codes) {
    if (!c.plover.event) continue;
    const ev = c.plover.event.toUpperCase();
    const mode = (c.plover.mode ?? '').toLowerCase();
    if (!out.has(`${ev}|${mode}`)) out.set(`${ev}|${mode}`, c.code);
    if (!out.has(`${ev}|`)) out.set(`${ev}|`, c.code);
  }
  return out;
}

/** Header columns to read: names as in the header, up to the last POLECAT column (extra ones after it ignored). */
export function polecatHeader(line: string, file: string): string[] {
  const names = line.split('\t').map((s) => s.trim());
  let last = -1;
  names.forEach((n, i) => {
    if (POLECAT_COLUMNS.includes(n)) last = i;
  });
  const cols = names.slice(0, last + 1).map((n, i) => n || `extra_${i + 1}`);
  const missing = REQUIRED.filter((r) => !cols.includes(r));
  if (missing.length) throw new InputError(file, 1, `header lacks POLECAT column(s) ${missing.join(', ')}: not a POLECAT file`);
  return cols;
}

const QUAD_WORDS = `CASE
  WHEN try_cast("Quad Code" AS INTEGER) BETWEEN 1 AND 4 THEN try_cast("Quad Code" AS TINYINT)
  WHEN upper("Quad Code") LIKE 'VERBAL COOP%' THEN 1 WHEN upper("Quad Code") LIKE 'MATERIAL COOP%' THEN 2
  WHEN upper("Quad Code") LIKE 'VERBAL CONF%' THEN 3 WHEN upper("Quad Code") LIKE 'MATERIAL CONF%' THEN 4
  ELSE pm.quad END`;

function spec(file: string, cols: string[]): CsvInsert {
  const has = (c: string) => cols.includes(c);
  const col = (c: string) => (has(c) ? `r."${c}"` : 'NULL');
  const country = (c: string) => `CASE WHEN regexp_full_match(${col(c)}, '[A-Z]{3}') THEN ${col(c)} ELSE '' END`;
  return {
    columns: cols.map((c) => [c, 'VARCHAR']),
    delim: '\t',
    header: 1,
    splitLines: true,
    joins: `LEFT JOIN entente_plover pm ON pm.k = upper(r."Event Type") || '|' || coalesce(lower(${col('Event Mode')}), '')
            LEFT JOIN entente_plover pe ON pe.k = upper(r."Event Type") || '|'`,
    checks: [
      { bad: `r."Event ID" IS NULL`, message: `'Event ID missing'` },
      { bad: `coalesce(try_strptime(left(r."Event Date", 10), '%Y-%m-%d'), try_strptime(r."Event Date", '%Y%m%d')) IS NULL`, message: `'Event Date ' || coalesce('"' || r."Event Date" || '"', 'missing') || ' is not a date YYYY-MM-DD'` },
      { bad: `pe.code IS NULL`, message: `'Event Type ' || coalesce('"' || r."Event Type" || '"', 'missing') || ' is not a PLOVER event type'` },
      { bad: `${col('Intensity')} IS NOT NULL AND try_cast(${col('Intensity')} AS DOUBLE) IS NULL`, message: `'Intensity "' || ${col('Intensity')} || '" is not a number'` },
    ],
    select: {
      id: `'polecat:' || r."Event ID"`,
      origin: `'polecat'`,
      date: `coalesce(try_strptime(left(r."Event Date", 10), '%Y-%m-%d'), try_strptime(r."Event Date", '%Y%m%d'))::DATE`,
      source: country('Actor Country'),
      target: country('Recipient Country'),
      source_name: col('Actor Name'),
      target_name: col('Recipient Name'),
      code: 'coalesce(pm.code, pe.code)',
      root: 'left(coalesce(pm.code, pe.code), 2)',
      goldstein: `coalesce(try_cast(${col('Intensity')} AS DOUBLE), coalesce(pm.goldstein, pe.goldstein))`,
      quad: has('Quad Code') ? QUAD_WORDS.replaceAll('pm.quad', 'coalesce(pm.quad, pe.quad)').replaceAll('"Quad Code"', col('Quad Code')) : 'coalesce(pm.quad, pe.quad)',
      plover_event: `upper(r."Event Type")`,
      plover_mode: `nullif(lower(${col('Event Mode')}), '')`,
      file: sqlString(file),
      row_number: '_line',
      url: 'NULL',
      mentions: 'NULL',
      sources: 'NULL',
    },
  };
}

const polecat: Importer = {
  name: 'polecat',
  describe: 'POLECAT/PLOVER weekly TSV (header); malformed rows reported and skipped',
  run(store, files, opts) {
    // always tolerant: bad rows are reported (FILE:LINE) and skipped
    const o = { ...opts, skipBad: true };
    return importFiles(store, 'polecat', files, o, async (f, report, problems) => {
      const cols = polecatHeader(await firstLine(f.path), f.name);
      const rows = [...ploverToCameo()].map(([k, code]) => [k, code, cameoTable().get(code)!.goldstein.icews, quadClass(code)]);
      await tempTable(store.con, 'entente_plover', ['k', 'code', 'goldstein:DOUBLE', 'quad:TINYINT'], rows);
      return { kind: 'polecat-events', ...(await insertCsv(store, f, spec(f.name, cols), o, problems, report)) };
    });
  },
};

export default polecat;
