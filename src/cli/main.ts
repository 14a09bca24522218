// The `byline` command line (docs/contract.md §2). Exit codes: 0 answered, 1 bad seeds or failed run, 2 bad usage.
import { readFile } from 'node:fs/promises';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig, type Config } from '../config/env.js';
import { createLogger } from '../log/logger.js';
import { loadSeeds } from '../load/loadSeeds.js';
import { SeedFolderError } from '../load/readSeedFolder.js';
import type { Library } from '../library/library.js';
import { runQuery } from '../app/runQuery.js';
import type { QueryRequest } from '../model/query.js';
import { createLibraryStore, seedLimits } from '../app/createStore.js';
import { renderText } from '../render/text.js';
import { languageLabel } from '../render/languageNote.js';
import { PictureError, writePicture } from '../render/pictures/writePicture.js';
import { parseBatch } from './batch.js';
import { commandUsage, parseCli, QUERY_COMMANDS, USAGE, UsageError, type CliArgs, type QueryCommand } from './args.js';
import { plural, shownName } from '../render/words.js';
import { describeFailure } from './failure.js';

export class RunError extends Error {}

const out = (s: string) => new Promise<void>((resolve) => process.stdout.write(s.endsWith('\n') ? s : s + '\n', () => resolve()));

export async function main(argv: string[]): Promise<void> {
  let code = 0;
  try {
    code = await run(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`byline: ${err.message}\n\n${err.command ? commandUsage(err.command) : USAGE}\n`);
      code = 2;
    } else if (err instanceof ConfigError || err instanceof SeedFolderError || err instanceof RunError) {
      process.stderr.write(`byline: ${err.message}\n`);
      code = 1;
    } else {
      // one line a person can act on (cannot reach Discord, a refused file); the stack only at LOG_LEVEL=debug
      process.stderr.write(`byline: ${describeFailure(err)}\n`);
      if (/^(debug|trace)$/i.test(process.env.LOG_LEVEL ?? '')) process.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
      code = 1;
    }
  }
  process.exitCode = code;
}

function readConfig(): Config {
  loadDotenv({ quiet: true });
  return loadConfig(process.env);
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function run(argv: string[]): Promise<number> {
  const args = parseCli(argv);
  if (args.version) {
    await out(`byline ${await version()}`);
    return 0;
  }
  if (args.help || args.command === 'help') {
    const which = args.command === 'help' ? args.positionals[0]?.toLowerCase() : args.command;
    await out(which ? commandUsage(which as CliArgs['command']) : USAGE);
    return 0;
  }
  if (args.shards !== undefined) {
    // checked before the token, so a typo in --shards is bad usage (exit 2) whatever the environment says
    const { parseShards } = await import('../bot/sharding/recommendedShards.js');
    try { parseShards(args.shards); } catch (err) { throw new UsageError((err as Error).message, 'bot'); }
  }
  const config = readConfig();
  const seedsDir = args.seeds ?? config.SEEDS_DIR;
  const limits = seedLimits(config);

  switch (args.command) {
    case 'start':
    case 'console':
    case 'bot':
    case 'deploy-commands':
    case 'bench': {
      const { runLongCommand } = await import('./longCommands.js');
      return runLongCommand(args, config, seedsDir);
    }
    case 'check-seeds': {
      const loaded = await loadSeeds(seedsDir, limits);
      const rows = [
        ...loaded.articles.map((a) => ({
          file: a.id,
          line: `ok        ${shownName(a.id)}: “${a.title.slice(0, 80)}”, ${plural(a.paragraphs.length, 'paragraph')}` +
            `${a.outlet ? ', ' + a.outlet : ''}${a.published ? ', ' + a.published : ''}, ${languageLabel(a.language)}`,
        })),
        ...loaded.warnings.map((r) => ({ file: r.file, line: `warning   ${shownName(r.file)}: ${r.error}` })),
        ...loaded.rejected.map((r) => ({ file: r.file, line: `rejected  ${shownName(r.file)}: ${r.error.replace(/^rejected: /, '')}` })),
        ...loaded.skipped.map((r) => ({ file: r.file, line: `skipped   ${shownName(r.file)}: ${r.error.replace(/^skipped: /, '')}` })),
      ].sort((a, b) => a.file.localeCompare(b.file));
      const empty =
        loaded.articles.length === 0 && loaded.rejected.length === 0
          ? `no .txt or .md articles in '${shownName(seedsDir)}'` +
            `${loaded.skipped.length ? ` (${plural(loaded.skipped.length, 'other file')} skipped)` : ''}: put one article per file ` +
              `there, or pass --seeds DIR`
          : null;
      const articles = loaded.articles.map((a) => ({
        article: a.id, title: a.title, outlet: a.outlet, published: a.published, language: a.language, url: a.url,
        paragraphs: a.paragraphs.length,
      }));
      if (args.json) await out(JSON.stringify({ articles, rejected: loaded.rejected, skipped: loaded.skipped, warnings: loaded.warnings }));
      else await out([...rows.map((r) => r.line), `${loaded.articles.length} loaded, ${loaded.rejected.length} ` +
        `rejected${loaded.warnings.length ? `, ${plural(loaded.warnings.length, 'warning')}` : ''}`].join('\n'));
      if (empty) process.stderr.write(`byline: ${empty}\n`);
      return loaded.rejected.length > 0 || loaded.articles.length === 0 ? 1 : 0;
    }
    case 'extract': {
      const lib = await libraryFrom(config, seedsDir);
      const payload = { articles: lib.extracted, rejected: lib.rejected };
      await out(args.json ? JSON.stringify(payload) : JSON.stringify(payload, null, 2));
      return 0;
    }
    default:
      return runQueries(args, args.command as QueryCommand, config, seedsDir);
  }
}

/** The library over the seeds, through the extraction cache as the bot and the console load it: a second
 *  question over unchanged seeds reads the extractions back instead of extracting every article again. */
async function libraryFrom(config: Config, seedsDir: string): Promise<Library> {
  const log = createLogger({ level: process.env.LOG_LEVEL ?? 'warn' });
  const store = createLibraryStore(config, seedsDir, log);
  const report = await store.reload();
  await store.flushed();
  const rejected = report.rejected;
  if (!store.library) {
    const why = rejected.length ? ` (${plural(rejected.length, 'file')} rejected: run 'byline check-seeds')`
      : ': put .txt or .md articles there, or pass --seeds DIR';
    throw new RunError(`no articles in '${shownName(seedsDir)}'${why}`);
  }
  for (const r of rejected) log.warn({ file: r.file }, r.error);
  return store.library;
}

function request(command: QueryCommand, q: string, about: string | undefined): QueryRequest {
  return command === 'quotes' ? { command, q, about } : { command, q };
}

async function runQueries(args: CliArgs, command: QueryCommand, config: Config, seedsDir: string): Promise<number> {
  if (!QUERY_COMMANDS.includes(command)) throw new UsageError(`unknown command '${command}'`);
  if (args.picture !== undefined && (args.batch || (command !== 'when' && command !== 'sources'))) {
    throw new UsageError('--picture FILE goes with one when or sources question, not with --batch or other commands');
  }
  if (args.batch) {
    let text: string;
    try {
      text = await readFile(args.batch, 'utf8');
    } catch {
      throw new UsageError(`--batch: cannot read '${args.batch}'`);
    }
    const items = parseBatch(text, shownName(args.batch));
    const lib = await libraryFrom(config, seedsDir);
    const lines = items.map((it) => it.ok
      ? JSON.stringify(runQuery(lib, request(command, it.value.q, it.value.about ?? args.about)).answer)
      : JSON.stringify({ query: null, error: it.error }));
    await out(lines.join('\n'));
    // the good lines are answered in place; the bad ones are named on stderr too, and the run is bad usage
    const bad = items.filter((it) => !it.ok);
    for (const it of bad) if (!it.ok) process.stderr.write(`byline: ${it.error}\n`);
    if (bad.length) process.stderr.write(`byline: ${plural(bad.length, 'invalid line')} in the batch file\n`);
    return bad.length ? 2 : 0;
  }
  const q = args.positionals.join(' ').trim();
  const lib = await libraryFrom(config, seedsDir);
  const result = runQuery(lib, request(command, q, args.about));
  await out(args.json ? JSON.stringify(result.answer) : renderText(result));
  if (args.picture !== undefined) {
    const note = await writePicture(lib, result, args.picture).catch((err: unknown) => {
      throw err instanceof PictureError ? new RunError(err.message) : err;
    });
    process.stderr.write(`${note}\n`);
  }
  return 0;
}
