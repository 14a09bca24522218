// The local console: a prompt over the seeds that takes the Discord commands and free text, and renders
// the same answers as readable text. How a newcomer tries Byline, and how a moderator checks new seeds.
// On a terminal it is Node's readline with line editing, a history file and tab completion; piped input is
// read line by line as before.
import { createInterface } from 'node:readline';
import type { Config } from '../config/env.js';
import type { LibraryStore, LoadProgress } from '../app/libraryStore.js';
import type { ReloadReport } from '../model/reloadReport.js';
import { runQuery } from '../app/runQuery.js';
import { createLibraryStore } from '../app/createStore.js';
import { warmUp } from '../app/warmUp.js';
import { aboutFacts, aboutSentence } from '../render/about.js';
import { languageLabel } from '../render/languageNote.js';
import { helpText } from '../render/help.js';
import { reloadLines } from '../render/reloadReport.js';
import { renderText, stripControl } from '../render/text.js';
import { shownName } from '../render/words.js';
import { completeLine } from './complete.js';
import { appendHistory, HISTORY_MAX, readHistory } from './history.js';
import { parseConsoleLine } from './parseConsoleLine.js';
import { splitPictureFlag } from './pictureFlag.js';
import { writePicture } from '../render/pictures/writePicture.js';

export interface ConsoleOptions {
  seedsDir: string;
  config: Config;
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream & { isTTY?: boolean };
  /** The library store; default one over seedsDir with the extraction cache the configuration names. */
  store?: Pick<LibraryStore, 'library' | 'reload'> & { readonly progress?: LoadProgress | null };
  /** Line editing, history and completion; default when input and output are both terminals. */
  terminal?: boolean;
  /** Where the history is kept (terminal only); none keeps no history. */
  historyFile?: string;
  /** How often /reload's progress is shown, in ms. */
  progressEveryMs?: number;
}

export async function runConsole(opts: ConsoleOptions): Promise<number> {
  const terminal = opts.terminal ?? (!!opts.input.isTTY && !!opts.output.isTTY);
  const say = (s: string) => opts.output.write(stripControl(s) + '\n');
  const store = opts.store ?? createLibraryStore(opts.config, opts.seedsDir);
  const report = (r: ReloadReport) => { for (const line of reloadLines(r)) say(line); };

  /** A reload with its progress: on a terminal one line rewritten in place, piped a line now and then. */
  const reload = async (): Promise<ReloadReport> => {
    let last = '';
    const show = () => {
      const p = store.progress;
      if (!p || !p.total) return;
      const line = `  reading articles: ${p.done} of ${p.total}`;
      if (line === last) return;
      last = line;
      opts.output.write(terminal ? `\r\u001b[2K${line}` : `${line}\n`);
    };
    const timer = setInterval(show, opts.progressEveryMs ?? (terminal ? 200 : 2000));
    try {
      return await store.reload();
    } finally {
      clearInterval(timer);
      if (terminal && last) opts.output.write('\r\u001b[2K');
    }
  };

  say(`Loading ${opts.seedsDir}…`);
  report(await reload());
  if (!store.library) {
    say("Nothing to answer from: put .txt or .md articles in the folder (see 'byline check-seeds'), or pass --seeds DIR.");
    return 1;
  }
  warmUp(store.library);
  const history = terminal && opts.historyFile ? await readHistory(opts.historyFile) : [];
  const rl = createInterface({
    input: opts.input, output: opts.output, terminal, prompt: '> ',
    history, historySize: HISTORY_MAX, removeHistoryDuplicates: true,
    ...(terminal ? { completer: (line: string) => completeLine(line, store.library) } : {}),
  });
  // Ctrl-C on an empty line leaves, as in most prompts; on a line being typed it clears the line
  rl.on('SIGINT', () => {
    if (!rl.line) { rl.close(); return; }
    rl.write(null, { ctrl: true, name: 'e' }); // to the end of the line, then delete all of it
    rl.write(null, { ctrl: true, name: 'u' });
  });
  // the greeting comes once readline holds the input, so keys typed after it are read as keys
  const keys = terminal ? ' Tab completes commands and names; Up recalls earlier lines.' : '';
  say(`Byline console over ${opts.seedsDir}. Ask a question, or type help. quit (or Ctrl-D) leaves.${keys}`);
  rl.prompt();
  for await (const raw of rl) {
    if (terminal && opts.historyFile) await appendHistory(opts.historyFile, raw);
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
        for (const a of lib.articles) say(`  ${shownName(a.id)}: ${a.title} (${languageLabel(a.language)})${a.url ? ` (${a.url})` : ''}`);
      } else if (cmd.kind === 'reload') {
        say('Reloading…');
        report(await reload());
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
