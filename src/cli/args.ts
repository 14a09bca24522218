// The command line's words (docs/contract.md §2) into a typed request. Each command declares its options and how many
// words it takes; anything else is bad usage (a UsageError, exit 2), with a "did you mean" when one is close.

export class UsageError extends Error {
  /** The command whose usage is shown after the message; null shows the overview. */
  constructor(message: string, readonly command: CommandName | null = null) {
    super(message);
  }
}

export const COMMANDS = ['start', 'console', 'bot', 'deploy-commands', 'check-seeds', 'extract', 'who-said', 'quotes',
  'when', 'sources', 'ask', 'bench', 'help'] as const;
export type CommandName = (typeof COMMANDS)[number];
export const QUERY_COMMANDS = ['who-said', 'quotes', 'when', 'sources', 'ask'] as const;
export type QueryCommand = (typeof QUERY_COMMANDS)[number];

/** Articles in the bench's generated archive when --articles is not given. */
export const BENCH_DEFAULT_ARTICLES = 10_000;

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
  /** `when` and `sources`: write a picture (PNG) of the answer to this file. */
  picture: string | undefined;
  /** `--version`. */
  version: boolean;
  /** `--help` with a command: that command's usage. */
  help: boolean;
}

type OptionName = 'seeds' | 'json' | 'batch' | 'about' | 'guild' | 'shards' | 'watch' | 'articles' | 'queries' | 'picture';
const STRING_OPTIONS = new Set<OptionName>(['seeds', 'batch', 'about', 'guild', 'shards', 'articles', 'queries', 'picture']);
const ALL_OPTIONS: OptionName[] = ['seeds', 'json', 'batch', 'about', 'guild', 'shards', 'watch', 'articles', 'queries', 'picture'];

interface CommandSpec {
  options: OptionName[];
  /** What the command's words are, for its usage line and the "missing" message; none when it takes no words. */
  words?: string;
  what: string;
}

const QUERY: OptionName[] = ['seeds', 'json', 'batch'];
export const SPECS: Record<CommandName, CommandSpec> = {
  start: { options: ['seeds'], what: 'the bot when DISCORD_TOKEN is set, otherwise the console' },
  console: { options: ['seeds'], what: 'interactive prompt over the seeds (what npm start runs without DISCORD_TOKEN)' },
  bot: { options: ['seeds', 'shards', 'watch'], what: 'the Discord bot (what npm start runs with DISCORD_TOKEN)' },
  'deploy-commands': { options: ['guild'], what: 'register the Discord commands (guild: instant; global: everywhere)' },
  'check-seeds': { options: ['seeds', 'json'], what: 'validate the seeds folder, one line per file' },
  extract: { options: ['seeds', 'json'], what: 'everything extracted from the seeds, as JSON' },
  'who-said': { options: QUERY, words: '"<words>"', what: 'who said these words' },
  quotes: { options: [...QUERY, 'about'], words: '"<speaker>"', what: 'what a person said, optionally about a topic' },
  when: { options: [...QUERY, 'picture'], words: '"<event words>"', what: 'when an event happened' },
  sources: { options: [...QUERY, 'picture'], words: '"<claim>"', what: 'which sources back a claim' },
  ask: { options: QUERY, words: '"<question>"', what: 'free text, routed to one of the above' },
  bench: { options: ['articles', 'queries', 'seeds', 'json'], what: 'the benchmark' },
  help: { options: [], words: '[command]', what: 'this text, or one command\'s' },
};

const OPTION_HELP: Record<OptionName, string> = {
  seeds: '--seeds DIR        the articles folder (default ./seeds, or SEEDS_DIR)',
  json: '--json             answer as JSON (docs/contract.md shapes)',
  batch: '--batch FILE       a JSONL file, one {"q": "..."} a line; answers come back as JSONL in order',
  about: '--about "<topic>"  only quotes about this topic',
  guild: '--guild ID         register in this server only (instant), not globally',
  shards: '--shards auto|N|0-3/8   run shards (auto: as many as Discord recommends)',
  watch: '--watch            reload when the seeds folder changes',
  articles: '--articles N       articles in the synthetic archive (default 10,000)',
  queries: '--queries N        queries per command (default 200)',
  picture: '--picture FILE     also write the answer as a picture (PNG)',
};

function usageLine(name: CommandName): string {
  const spec = SPECS[name];
  const opts = spec.options
    .filter((o) => o !== 'seeds' && o !== 'json' && o !== 'batch')
    .map((o) =>
      STRING_OPTIONS.has(o)
        ? `[--${o} ${o === 'about' ? '"<topic>"' : o === 'guild' ? 'ID' : o === 'picture' ? 'FILE' : 'N'}]`
        : `[--${o}]`,
    );
  return [name, spec.words, ...opts].filter(Boolean).join(' ');
}

export const USAGE = `Usage: byline <command> [options]   (from a checkout: node bin/byline.js <command>)

${COMMANDS.filter((c) => c !== 'start' && c !== 'help').map((c) => `  ${usageLine(c).padEnd(44)} ${SPECS[c].what}`).join('\n')}

Query commands take --seeds DIR (default ./seeds or SEEDS_DIR), --json and --batch FILE (JSONL: {"q": "..."} a line).
byline --version prints the version; byline <command> --help explains one command.`;

export function commandUsage(name: CommandName): string {
  const spec = SPECS[name];
  return [
    `Usage: byline ${usageLine(name)}`,
    '',
    `  ${spec.what}`,
    ...(spec.options.length ? ['', ...spec.options.map((o) => `  ${OPTION_HELP[o]}`)] : []),
  ].join('\n');
}

/** Edit distance, for "did you mean". */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = keep;
    }
  }
  return row[b.length]!;
}

/** The closest candidate within a third of the word's length, rounded up (at least one edit), or null. */
export function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c);
    if (d < bestD) { best = c; bestD = d; }
  }
  return best !== null && bestD <= Math.max(1, Math.ceil(word.length / 3)) ? best : null;
}

/** Shown in messages: at most 40 characters, control characters escaped. */
function shown(s: string): string {
  return JSON.stringify(s.length > 40 ? s.slice(0, 40) + '…' : s).slice(1, -1);
}

function positiveInt(name: string, v: string | undefined, command: CommandName): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || !Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} takes a whole number above 0, not '${shown(v)}'`, command);
  return n;
}

export function parseCli(argv: string[]): CliArgs {
  const words: string[] = [];
  const flags: { name: string; value: string | undefined; raw: string }[] = [];
  let version = false;
  let help = false;
  let onlyWords = false;
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k]!;
    // only what looks like an option is one: "-5 percent" or "—" are words of a query
    if (onlyWords || !(/^--[A-Za-z]/.test(a) || /^-[A-Za-z]+$/.test(a) || a === '--')) { words.push(a); continue; }
    if (a === '--') { onlyWords = true; continue; }
    if (a === '-h' || a === '--help') { help = true; continue; }
    if (a === '-v' || a === '--version') { version = true; continue; }
    if (!a.startsWith('--'))
      throw new UsageError(`unknown option '${shown(a)}'${a.length > 2 ? ` (options start with two dashes: -${shown(a)})` : ''}`);
    const eq = a.indexOf('=');
    const name = (eq < 0 ? a.slice(2) : a.slice(2, eq)).toLowerCase();
    let value: string | undefined = eq < 0 ? undefined : a.slice(eq + 1);
    if (STRING_OPTIONS.has(name as OptionName) && value === undefined) {
      value = argv[k + 1];
      // "--picture --seeds DIR": the next option is no file name
      if (value === undefined || /^--[A-Za-z]/.test(value)) throw new UsageError(`--${name} needs a value (as in --${name} ${OPTION_HELP[name as OptionName].split(/\s+/)[1]})`);
      k++;
    }
    flags.push({ name, value, raw: a });
  }

  const [first, ...rest] = words;
  if (first === undefined) {
    const f = flags[0];
    if (f) {
      const near = closest(f.name, ALL_OPTIONS);
      throw new UsageError(`'${shown(f.raw)}' needs a command before it, as in: byline who-said "..." --${near ?? f.name}`);
    }
    return { ...empty('help'), version, help };
  }
  const command = first.toLowerCase() as CommandName;
  if (!COMMANDS.includes(command)) {
    const near = closest(first, COMMANDS);
    throw new UsageError(`unknown command '${shown(first)}'${near ? `; did you mean '${near}'?` : ''}`);
  }
  const spec = SPECS[command];
  const args = empty(command);
  args.help = help;
  args.version = version;
  for (const f of flags) {
    if (!ALL_OPTIONS.includes(f.name as OptionName)) {
      const near = closest(f.name, spec.options);
      throw new UsageError(`unknown option '${shown(f.raw)}'${near ? `; did you mean '--${near}'?` : ''}`, command);
    }
    const name = f.name as OptionName;
    if (!spec.options.includes(name)) throw new UsageError(`${command} takes no --${name}`, command);
    if (!STRING_OPTIONS.has(name) && f.value !== undefined) throw new UsageError(`--${name} takes no value`, command);
    switch (name) {
      case 'json': args.json = true; break;
      case 'watch': args.watch = true; break;
      case 'articles': args.articles = positiveInt(name, f.value, command); break;
      case 'queries': args.queries = positiveInt(name, f.value, command); break;
      default: args[name] = f.value;
    }
  }
  if (help || version) {
    if (command === 'help' && rest.length > 1) throw new UsageError(`help takes one command, not ${rest.length}`);
    return { ...args, positionals: rest };
  }
  if (command === 'help') {
    if (rest.length > 1) throw new UsageError(`help takes one command, not ${rest.length}`);
    if (rest[0] !== undefined && !COMMANDS.includes(rest[0].toLowerCase() as CommandName)) {
      const near = closest(rest[0], COMMANDS);
      throw new UsageError(`no command '${shown(rest[0])}'${near ? `; did you mean '${near}'?` : ''}`);
    }
  } else if (!spec.words && rest.length > 0) {
    throw new UsageError(`${command} takes no words, but was given '${shown(rest.join(' '))}'`, command);
  } else if (spec.words && (QUERY_COMMANDS as readonly string[]).includes(command)) {
    if (args.batch !== undefined && rest.length > 0)
      throw new UsageError(`${command} takes either ${spec.words} or --batch FILE, not both`, command);
    if (args.batch === undefined && !rest.join(' ').trim()) {
      throw new UsageError(`${command} needs ${spec.words.replace(/"/g, '')}, as in: byline ${command} ${EXAMPLES[command as QueryCommand]}`, command);
    }
  }
  args.positionals = rest;
  return args;
}

const EXAMPLES: Record<QueryCommand, string> = {
  'who-said': '"military aspects"',
  quotes: '"Lavrov" --about "peace"',
  when: '"Lavrov met Bayramov"',
  sources: '"the talks resumed in Geneva"',
  ask: '"when did Lavrov meet Bayramov?"',
};

function empty(command: CommandName): CliArgs {
  return {
    command, positionals: [], seeds: undefined, json: false, batch: undefined, about: undefined, guild: undefined,
    shards: undefined, watch: false, articles: undefined, queries: undefined, picture: undefined, version: false, help: false,
  };
}
