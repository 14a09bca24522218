// The local console: a prompt over the seeds that takes the Discord commands and free text, and renders
// the same answers as readable text. How a newcomer tries Byline, and how a moderator checks new seeds.
import { createInterface } from 'node:readline';
import type { Config } from '../config/env.js';
import { LibraryStore, type ReloadReport } from '../app/libraryStore.js';
import { runQuery } from '../app/runQuery.js';
import { aboutFacts, aboutSentence } from '../render/about.js';
import { helpText } from '../render/help.js';
import { reloadLines } from '../render/reloadReport.js';
import { renderText, stripControl } from '../render/text.js';
import { parseConsoleLine } from './parseConsoleLine.js';
import { splitPictureFlag } from './pictureFlag.js';
import { writePicture } from '../render/pictures/writePicture.js';

export interface ConsoleOptions {
  seedsDir: string;
  config: Config;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** The library store; default a LibraryStore over seedsDir. */
  store?: Pick<LibraryStore, 'library' | 'reload'>;
}

export async function runConsole(opts: ConsoleOptions): Promise<number> {
  const say = (s: string) => opts.output.write(stripControl(s) + '\n');
  const store = opts.store ?? new LibraryStore({ seedsDir: opts.seedsDir, limits: { maxFileBytes: opts.config.SEEDS_MAX_FILE_BYTES, maxFiles: opts.config.SEEDS_MAX_FILES, maxTotalBytes: 2 * 1024 ** 3 } });
  const report = (r: ReloadReport) => { for (const line of reloadLines(r)) say(line); };
  say(`Loading ${opts.seedsDir}…`);
  report(await store.reload());
  if (!store.library) {
    say("Nothing to answer from: put .txt or .md articles in the folder (see 'byline check-seeds'), or pass --seeds DIR.");
    return 1;
  }
  say(`Byline console over ${opts.seedsDir}. Ask a question, or type /help. /quit leaves.`);
  const rl = createInterface({ input: opts.input, output: opts.output, terminal: false, prompt: '> ' });
  rl.prompt();
  for await (const raw of rl) {
    const flag = splitPictureFlag(raw);
    const cmd = parseConsoleLine(flag.line);
    if (cmd.kind === 'quit') break;
    try {
      if (flag.error) say(flag.error);
      else if (flag.picture && !(cmd.kind === 'query' && (cmd.request.command === 'when' || cmd.request.command === 'sources'))) {
        say('--picture goes with /when and /sources: /when Lavrov --picture t.png');
      } else if (cmd.kind === 'help') say(helpText('console'));
      else if (cmd.kind === 'error') say(cmd.message);
      else if (cmd.kind === 'about') {
        const lib = store.library!;
        const facts = aboutFacts(lib);
        say(aboutSentence(facts));
        if (facts.outlets.length) say(`Outlets: ${facts.outlets.join(', ')}`);
        for (const a of lib.articles) say(`  ${a.id}: ${a.title}`);
      } else if (cmd.kind === 'reload') {
        report(await store.reload());
      } else if (cmd.kind === 'query') {
        const result = runQuery(store.library!, cmd.request);
        say(renderText(result));
        if (flag.picture) say(await writePicture(store.library!, result, flag.picture));
      }
    } catch (err) {
      // one bad question must not end the session
      say(`Something went wrong: ${(err as Error)?.message ?? String(err)}`);
    }
    rl.prompt();
  }
  rl.close();
  return 0;
}
