// The command line's words (CONTRACT §2) into a typed request. Bad usage is a UsageError (exit 2).
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export const COMMANDS = ['start', 'console', 'bot', 'deploy-commands', 'check-seeds', 'extract', 'who-said', 'quotes',
  'when', 'sources', 'ask', 'bench', 'help'] as const;
export type CommandName = (typeof COMMANDS)[number];
export const QUERY_COMMANDS = ['who-said', 'quotes', 'when', 'sources', 'ask'] as const;
export type QueryCommand = (typeof QUERY_COMMANDS)[number];

export interface CliArgs {
  command: CommandName;
  positionals: string[];
  seeds: string | undefined;
  json: boolean;
  batch: string | undefined;
  about: string | undefined;
  guild: string | undefined;
  shards: string | undefined;
  watch: boolean;
  articles: number | undefined;
  queries: number | undefined;
  /** `when`/`sources`: also write the answer's picture (PNG) to this file. */
  picture: string | undefined;
}

export const USAGE = `Usage: byline <command> [options]

  console                         interactive prompt over the seeds (what npm start runs without DISCORD_TOKEN)
  bot [--shards auto|N] [--watch] the Discord bot (what npm start runs with DISCORD_TOKEN)
  deploy-commands [--guild ID]    register the Discord commands
  check-seeds                     validate the seeds folder, one line per file
  extract                         everything extracted from the seeds, as JSON
  who-said "<words>"              who said these words
  quotes "<speaker>" [--about "<topic>"]   what a person said
  when "<event words>" [--picture FILE]   when an event happened (FILE: a timeline, PNG)
  sources "<claim>" [--picture FILE]      which sources back a claim (FILE: a coverage chart, PNG)
  ask "<question>"                free text, routed to one of the above
  bench [--articles N] [--queries N]       the benchmark

Options: --seeds DIR (default ./seeds or SEEDS_DIR), --json, --batch FILE (JSONL: {"q": "..."} a line)`;

export function parseCli(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        seeds: { type: 'string' },
        json: { type: 'boolean', default: false },
        batch: { type: 'string' },
        about: { type: 'string' },
        guild: { type: 'string' },
        shards: { type: 'string' },
        watch: { type: 'boolean', default: false },
        articles: { type: 'string' },
        queries: { type: 'string' },
        picture: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0]!);
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  const command = (values.help ? 'help' : first ?? 'help') as CommandName;
  if (!COMMANDS.includes(command)) throw new UsageError(`unknown command '${String(first).slice(0, 40)}'`);
  const int = (name: string, v: string | undefined) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} takes a whole number above 0, not '${v.slice(0, 20)}'`);
    return n;
  };
  return {
    command,
    positionals: values.help && first ? positionals : rest,
    seeds: values.seeds,
    json: values.json ?? false,
    batch: values.batch,
    about: values.about,
    guild: values.guild,
    shards: values.shards,
    watch: values.watch ?? false,
    articles: int('articles', values.articles),
    queries: int('queries', values.queries),
    picture: values.picture,
  };
}
