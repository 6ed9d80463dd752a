/**
 * `entente demo` (what `npm start` runs): code the demo corpus (corpus/demo,
 * and nothing else) into a local database, print the balance summary per
 * window, build the web UI if it is missing or stale, and serve it on
 * 127.0.0.1. Re-running adds nothing: documents are keyed by content hash.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Command } from '../main.ts';
import { parse } from '../args.ts';
import { period, port } from './serve.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DEMO_DIR = join(ROOT, 'corpus', 'demo');

const usage = `Usage: entente demo [--db FILE] [--port N] [--window quarter] [--no-serve] [--json]

Code the demo corpus (corpus/demo) into a database (default ./entente.duckdb),
print the balance of each window, and serve the web UI on 127.0.0.1.

  --db FILE        database (default ./entente.duckdb); running twice adds nothing
  --port N         port (default 8080, or a free one if 8080 is taken)
  --window PERIOD  week | month | quarter | year, or a count of them (6month); default quarter
  --no-serve       print the summary and exit
  --json           print the summary as JSON`;

const demo: Command = {
  summary: 'code the demo corpus, print the balance summary and serve the UI (npm start)',
  usage,
  async run(argv) {
    const { values } = parse(argv, { db: { type: 'string' }, port: { type: 'string' }, window: { type: 'string' }, 'no-serve': { type: 'boolean' }, json: { type: 'boolean' } }, false);
    const per = period(values.window, 'quarter');
    const wanted = port(values.port, 8080);
    const { openStore } = await import('../../store/db.ts');
    const { ingestPaths } = await import('../../store/ingest.ts');
    const { storeDataset } = await import('../../server/store-dataset.ts');
    const { createContext } = await import('../../server/context.ts');

    const db = values.db ?? 'entente.duckdb';
    const store = await openStore(db);
    const t0 = Date.now();
    // the articles of corpus/demo (its README is skipped by the directory reader), read, coded and stored in one transaction
    const ing = await ingestPaths(store, [DEMO_DIR]);
    const total = Number((await store.con.runAndReadAll('SELECT count(*) AS n FROM events')).getRowObjectsJS()[0].n);
    const coded = { documents: ing.read, newDocuments: ing.documents, added: ing.events, events: total };
    const dataset = await storeDataset(store, { period: per });
    const ctx = createContext(dataset);
    const rows = [];
    for (const w of await dataset.windows()) {
      const net = (await dataset.network(w.id, 'country'))!;
      const signed = net.edges.filter((e) => e.sign !== 0);
      let r: any = null;
      try {
        r = signed.length ? await ctx.balance(w.id, 'country') : null;
      } catch {
        r = null;
      }
      const tense = Array.isArray(r?.tension) && r.tension[0] ? `${r.tension[0].a}–${r.tension[0].b}` : '';
      rows.push({ window: w.id, events: w.events, actors: net.nodes.length, positive: signed.filter((e) => e.sign > 0).length, negative: signed.filter((e) => e.sign < 0).length, balanceRatio: r?.balanceRatio ?? null, frustration: r?.frustration?.value ?? null, optimal: r?.frustration?.optimal ?? null, mostTense: tense });
    }
    const summary = { db, documents: coded.documents, newDocuments: coded.newDocuments, events: coded.events, added: coded.added, seconds: (Date.now() - t0) / 1000, windows: rows };
    if (values.json) console.log(JSON.stringify(summary, null, 2));
    else {
      console.log(`entente demo: ${coded.documents} articles (${coded.newDocuments} new, ${coded.added} new events) in ${db}, which holds ${coded.events} events; ${summary.seconds.toFixed(1)} s`);
      console.log('');
      console.log('window     events actors   +   −  balance  frustration  most tense');
      for (const r of rows) {
        const fr = r.frustration === null ? '–' : `${r.frustration}${r.optimal ? ' (proven)' : ''}`;
        console.log(`${r.window.padEnd(10)} ${String(r.events).padStart(6)} ${String(r.actors).padStart(6)} ${String(r.positive).padStart(3)} ${String(r.negative).padStart(3)}  ${(r.balanceRatio === null ? '–' : r.balanceRatio.toFixed(2)).padStart(7)}  ${fr.padEnd(11)}  ${r.mostTense}`);
      }
    }
    if (values['no-serve']) {
      store.close();
      return 0;
    }
    const buildPath = '../../../web/build.mjs';
    const { buildWeb } = await import(buildPath);
    if (await buildWeb()) console.error('entente demo: built the web UI (web/dist)');
    store.close();
    const { startServer } = await import('../../server/start.ts');
    let s;
    try {
      s = await startServer({ db, port: wanted, period: per });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || values.port !== undefined) throw e;
      s = await startServer({ db, port: 0, period: per });
    }
    console.log('');
    console.log(`entente: the demo is at ${s.url}/  (Ctrl-C to stop)`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await s.stop();
    return 0;
  },
};
export default demo;
