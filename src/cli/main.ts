/**
 * The `entente` command line. Each command lives in `commands/NAME.ts` and is
 * loaded only when it runs, so start-up stays fast.
 */
export interface Command {
  /** One line (the registry below holds the one `entente --help` prints). */
  summary?: string;
  /** Full usage text for `entente NAME --help`. */
  usage: string;
  /** Runs the command; returns the process exit code. */
  run(argv: string[]): Promise<number>;
}

/** Command names, their one-line summaries, and the module that implements each. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ default: Command }> }> = {
  ingest: { summary: 'read and code articles (text, HTML, JSONL/CSV, RSS) into the database', load: () => import('./commands/ingest.ts') },
  code: { summary: 'code text into events without storing them (one JSON event per line)', load: () => import('./commands/code.ts') },
  dyads: { summary: 'cooperative and hostile dyads with their evidence sentences', load: () => import('./commands/dyads.ts') },
  events: { summary: 'list or export stored events (csv, jsonl, parquet)', load: () => import('./commands/events.ts') },
  import: { summary: 'import event datasets: gdelt, icews, phoenix, polecat, cow, dyads', load: () => import('./commands/import.ts') },
  network: { summary: 'signed actor networks per time window (csv, json, gexf, graphml, parquet)', load: () => import('./commands/network.ts') },
  balance: { summary: 'structural balance: triads, frustration, blocs, tension, predictions', load: () => import('./commands/balance.ts') },
  contradictions: { summary: 'dyads asserted and denied, or both signs, by different sources', load: () => import('./commands/contradictions.ts') },
  eval: { summary: 'score the event coder on the gold-standard sentences in ../shared', load: () => import('./commands/eval.ts') },
  serve: { summary: 'HTTP API and web UI on 127.0.0.1', load: () => import('./commands/serve.ts') },
  demo: { summary: 'code the demo corpus, print the balance summary and serve the UI (npm start)', load: () => import('./commands/demo.ts') },
};

async function loadCommand(name: string): Promise<Command | null> {
  const entry = COMMANDS[name];
  if (!entry) return null;
  try {
    return (await entry.load()).default;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && String((e as Error).message).includes(`commands/${name}.ts`)) return null;
    throw e;
  }
}

function help(): string {
  const lines = ['entente: code news text and event data into signed actor networks and analyse their balance.', '', 'Usage: entente COMMAND [options]   (entente COMMAND --help for details)', '', 'Commands:'];
  for (const [name, { summary }] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(16)}${summary}`);
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return 0;
  }
  if (name === '--version') {
    console.log('entente 0.1.0');
    return 0;
  }
  const cmd = await loadCommand(name);
  if (!cmd) {
    console.error(`entente: unknown command '${name}' (try entente --help)`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(cmd.usage);
    return 0;
  }
  try {
    return await cmd.run(rest);
  } catch (e) {
    const err = e as Error;
    if (err instanceof UsageError) {
      console.error(`entente ${name}: ${err.message}\n\n${cmd.usage}`);
      return 2;
    }
    console.error(`entente ${name}: ${err.message}`);
    if (process.env.ENTENTE_DEBUG) console.error(err.stack);
    return 1;
  }
}

/** Thrown for bad command-line arguments: printed with the command's usage, exit 2. */
export class UsageError extends Error {}
