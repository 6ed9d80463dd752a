/**
 * ICEWS importer: the Dataverse event files (20 tab-separated columns with a
 * header: Event ID, Event Date, Source Name, Source Sectors, Source Country,
 * Event Text, CAMEO Code, Intensity, Target Name, …).
 *
 * ICEWS names actors ("Foreign Affairs (Bangladesh)") with sectors
 * ("Executive,Foreign Ministry,Government") and a country. They become entente
 * codes: the country (countries.tsv names and variants, then
 * dictionaries/icews-actors.tsv) plus the role suffix of the first matching
 * sector in dictionaries/icews-sectors.tsv (BGDGOV); actors without a country
 * by name (IGOs, regions) or by sector (IGO, NGO, MNC); otherwise '' (not
 * identified). The ICEWS name is kept in source_name/target_name.
 * Goldstein weight: ICEWS's own Intensity; quad class: ICEWS convention
 * (cameo.ts quadClass, scheme 'icews'). Event id: 'icews:' || Event ID.
 */
import { readFileSync } from 'node:fs';
import { DICTIONARY_DIR } from '../../model/cameo.ts';
import { countryTable } from '../../model/countries.ts';
import { importFiles, insertCsv, quadTable, sqlString, tempTable, type CsvInsert, type Importer } from './common.ts';

export const ICEWS_COLUMNS = [
  'Event ID', 'Event Date', 'Source Name', 'Source Sectors', 'Source Country', 'Event Text', 'CAMEO Code', 'Intensity',
  'Target Name', 'Target Sectors', 'Target Country', 'Story ID', 'Sentence Number', 'Publisher', 'City', 'District',
  'Province', 'Country', 'Latitude', 'Longitude',
];

function tsv(file: string): string[][] {
  const out: string[][] = [];
  let header = true;
  for (const line of readFileSync(DICTIONARY_DIR + file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (header) {
      header = false;
      continue;
    }
    out.push(line.split('\t'));
  }
  return out;
}

interface Tables {
  names: Map<string, string>;
  sectors: { sector: string; suffix: string; alone: string }[];
}
let tables: Tables | null = null;

function load(): Tables {
  const names = new Map<string, string>();
  for (const c of countryTable().values()) for (const n of [c.name, ...c.variants]) names.set(n.toLowerCase(), c.code);
  for (const [name, code] of tsv('icews-actors.tsv')) if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), code ?? '');
  const sectors = tsv('icews-sectors.tsv').map(([sector, suffix, alone]) => ({ sector, suffix, alone: alone ?? '' }));
  return { names, sectors };
}

const missing = (s: string | null | undefined) => s == null || s === '' || s === 'NA';

/** The entente code of an ICEWS actor (name, comma-separated sectors, country name); '' when not identified. */
export function icewsActorCode(name: string | null, sectors: string | null, country: string | null): string {
  const t = (tables ??= load());
  const have = missing(sectors) ? [] : sectors!.split(',').map((s) => s.trim());
  const suffix = t.sectors.find((s) => have.includes(s.sector))?.suffix ?? '';
  const countryCode = missing(country) ? undefined : t.names.get(country!.toLowerCase());
  if (countryCode !== undefined) {
    if (!countryCode) return '';
    // the country itself ("India") has no sector; its institutions get the suffix
    if (!missing(name) && name!.toLowerCase() === country!.toLowerCase()) return countryCode;
    return suffix && !countryCode.startsWith('IGO') ? countryCode + suffix : countryCode;
  }
  if (!missing(name)) {
    const byName = t.names.get(name!.toLowerCase());
    if (byName !== undefined) return byName;
    const paren = /\(([^()]+)\)\s*$/.exec(name!);
    if (paren) {
      const inner = t.names.get(paren[1].toLowerCase());
      if (inner) return suffix && !inner.startsWith('IGO') && !inner.startsWith('NGO') ? inner + suffix : inner;
    }
  }
  return t.sectors.find((s) => s.alone && have.includes(s.sector))?.alone ?? '';
}

function spec(file: string): CsvInsert {
  const q = (c: string) => `"${c}"`;
  return {
    columns: ICEWS_COLUMNS.map((c) => [c, c === 'Intensity' ? 'DOUBLE' : 'VARCHAR']),
    delim: '\t',
    header: 1,
    joins: `LEFT JOIN entente_icews_actor sa ON sa.k = concat_ws('|', r."Source Name", r."Source Sectors", r."Source Country")
            LEFT JOIN entente_icews_actor ta ON ta.k = concat_ws('|', r."Target Name", r."Target Sectors", r."Target Country")
            LEFT JOIN entente_quad qd ON qd.root = left(r."CAMEO Code", 2)`,
    checks: [
      { bad: `${q('Event ID')} IS NULL`, message: `'Event ID missing'` },
      { bad: `try_strptime(${q('Event Date')}, '%Y-%m-%d') IS NULL`, message: `'Event Date ' || coalesce('"' || "Event Date" || '"', 'missing') || ' is not a date YYYY-MM-DD'` },
      { bad: `qd.quad IS NULL OR NOT regexp_full_match("CAMEO Code", '[0-9]{2,4}')`, message: `'CAMEO Code ' || coalesce('"' || "CAMEO Code" || '"', 'missing') || ' is not a CAMEO code'` },
      { bad: 'Intensity IS NULL', message: `'Intensity missing'` },
    ],
    select: {
      id: `'icews:' || "Event ID"`,
      origin: `'icews'`,
      date: `try_strptime("Event Date", '%Y-%m-%d')::DATE`,
      source: `coalesce(sa.code, '')`,
      target: `coalesce(ta.code, '')`,
      source_name: `"Source Name"`,
      target_name: `"Target Name"`,
      code: `"CAMEO Code"`,
      root: `left("CAMEO Code", 2)`,
      goldstein: 'Intensity',
      quad: 'qd.quad',
      file: sqlString(file),
      row_number: '_line',
      url: 'NULL',
      mentions: 'NULL',
      sources: 'NULL',
    },
  };
}

const icews: Importer = {
  name: 'icews',
  describe: 'ICEWS event files (20 tab-separated columns with header)',
  run(store, files, opts) {
    return importFiles(store, 'icews', files, opts, async (f, report, problems) => {
      const con = store.con;
      // pass 1: the distinct actors (bounded by the actor vocabulary, not the file)
      const reader = `read_csv(${sqlString(f.path)}, delim='\t', header=true, quote='', escape='', all_varchar=true, auto_detect=false, null_padding=true, ignore_errors=true, encoding=${sqlString(opts.encoding ?? 'utf-8')}, columns={${ICEWS_COLUMNS.map((c) => `${sqlString(c)}: 'VARCHAR'`).join(', ')}})`;
      const distinct = await con.runAndReadAll(
        `SELECT DISTINCT "Source Name", "Source Sectors", "Source Country" FROM ${reader} UNION SELECT DISTINCT "Target Name", "Target Sectors", "Target Country" FROM ${reader}`,
      );
      const rows = distinct.getRows().map(([n, s, c]) => {
        const [name, sectors, country] = [n, s, c].map((v) => (v == null ? null : String(v)));
        return [[name, sectors, country].filter((v) => v !== null).join('|'), icewsActorCode(name, sectors, country)];
      });
      await tempTable(con, 'entente_icews_actor', ['k', 'code'], rows);
      await quadTable(con, 'icews');
      const r = await insertCsv(store, f, spec(f.name), opts, problems, report);
      return { kind: 'icews-events', ...r };
    });
  },
};

export default icews;
