// The local console: a prompt over the seeds that takes the Discord commands and free text.
import { createInterface } from 'node:readline';
import type { Config } from '../config/env.js';
import { LibraryStore } from '../app/libraryStore.js';
import { runQuery } from '../app/runQuery.js';
import { renderText } from '../render/text.js';
import { parseConsoleLine } from './parseConsoleLine.js';

export interface ConsoleOptions {
  seedsDir: string;
  config: Config;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

const HELP = `Commands (as in Discord):
  /who-said <words>                       who said these words
  /quotes speaker: <name> [about: <topic>]  what a person said
  /when <event>                           when something happened
  /sources <claim>                        which sources back a claim
  /ask <question>  or just type a question
  /about  /reload  /help  /quit`;

export async function runConsole(opts: ConsoleOptions): Promise<number> {
  const say = (s: string) => opts.output.write(s + '\n');
  const store = new LibraryStore({ seedsDir: opts.seedsDir, limits: { maxFileBytes: opts.config.SEEDS_MAX_FILE_BYTES, maxFiles: opts.config.SEEDS_MAX_FILES, maxTotalBytes: 2 * 1024 ** 3 } });
  const first = await store.reload();
  say(first.message);
  for (const r of first.rejected) say(`  ${r.file}: ${r.error}`);
  if (!store.library) return 1;
  say(`Byline console over ${opts.seedsDir}. Type /help for commands, /quit to leave.`);
  const rl = createInterface({ input: opts.input, output: opts.output, terminal: false, prompt: '> ' });
  rl.prompt();
  for await (const raw of rl) {
    const cmd = parseConsoleLine(raw);
    if (cmd.kind === 'quit') break;
    if (cmd.kind === 'empty') { rl.prompt(); continue; }
    if (cmd.kind === 'help') say(HELP);
    else if (cmd.kind === 'error') say(cmd.message);
    else if (cmd.kind === 'about') {
      const lib = store.library!;
      const outlets = new Set(lib.articles.map((a) => a.outlet).filter(Boolean));
      say(`${lib.articles.length} articles from ${outlets.size} outlets; ${lib.people.length} people, ${lib.quotes.length} quotes, ${lib.events.length} events; loaded ${new Date(lib.builtAt).toISOString()}.`);
      for (const a of lib.articles) say(`  ${a.id}: ${a.title}`);
    } else if (cmd.kind === 'reload') {
      const report = await store.reload();
      say(report.message);
      for (const r of report.rejected) say(`  ${r.file}: ${r.error}`);
    } else if (cmd.kind === 'query') {
      say(renderText(runQuery(store.library!, cmd.request)));
    }
    rl.prompt();
  }
  rl.close();
  return 0;
}
