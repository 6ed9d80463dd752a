/**
 * The `entente` command line. Each command lives in `commands/NAME.ts` and is
 * loaded only when it runs, so start-up stays fast.
 */
export interface Command {
  /** One line for `entente --help`. */
  summary: string;
  /** Full usage text for `entente NAME --help`. */
  usage: string;
  /** Runs the command; returns the process exit code. */
  run(argv: string[]): Promise<number>;
}

/** Command names and the module that implements each. */
const COMMANDS: Record<string, () => Promise<{ default: Command }>> = {
  ingest: () => import('./commands/ingest.ts'),
  code: () => import('./commands/code.ts'),
  dyads: () => import('./commands/dyads.ts'),
  events: () => import('./commands/events.ts'),
  import: () => import('./commands/import.ts'),
  network: () => import('./commands/network.ts'),
  balance: () => import('./commands/balance.ts'),
  contradictions: () => import('./commands/contradictions.ts'),
  eval: () => import('./commands/eval.ts'),
  serve: () => import('./commands/serve.ts'),
  demo: () => import('./commands/demo.ts'),
};

async function loadCommand(name: string): Promise<Command | null> {
  const loader = COMMANDS[name];
  if (!loader) return null;
  try {
    return (await loader()).default;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && String((e as Error).message).includes(`commands/${name}.ts`)) return null;
    throw e;
  }
}

async function help(): Promise<string> {
  const lines = ['entente: code news text and event data into signed actor networks and analyse their balance.', '', 'Usage: entente COMMAND [options]   (entente COMMAND --help for details)', '', 'Commands:'];
  for (const name of Object.keys(COMMANDS)) {
    const cmd = await loadCommand(name);
    if (cmd) lines.push(`  ${name.padEnd(16)}${cmd.summary}`);
  }
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(await help());
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
