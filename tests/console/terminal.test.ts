// The console on a terminal: line editing, a history kept in a file, tab completion, bare words and /reload's
// progress, driven through an in-process stream that says it is a TTY, as a person's keystrokes would be.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { buildInThread, LibraryStore } from '../../src/app/libraryStore.js';
import type { ReloadReport } from '../../src/model/reloadReport.js';
import { loadConfig } from '../../src/config/env.js';
import { completeLine } from '../../src/console/complete.js';
import { historyPath, readHistory } from '../../src/console/history.js';
import { parseConsoleLine } from '../../src/console/parseConsoleLine.js';
import { runConsole } from '../../src/console/runConsole.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'bot-seeds');
const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'byline-tty-'));
  dirs.push(d);
  return d;
}

const KEY = { up: '\u001b[A', down: '\u001b[B', left: '\u001b[D', backspace: '\u007f', tab: '\t', enter: '\r', ctrlD: '\u0004' };

/** A fake terminal: readline sees isTTY streams and gets keystrokes one chunk at a time. */
function fakeTty(): { input: PassThrough & { isTTY: boolean; setRawMode: (b: boolean) => void }; output: PassThrough & { isTTY: boolean; columns: number; rows: number }; text: () => string } {
  const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => undefined });
  const output = Object.assign(new PassThrough(), { isTTY: true, columns: 120, rows: 40 });
  let out = '';
  output.on('data', (c) => { out += String(c); });
  return { input, output, text: () => out };
}

/** What was printed, without the terminal's cursor moves and line redraws. */
function plain(s: string): string {
  return s.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
}

const pause = (ms = 30) => new Promise((r) => setTimeout(r, ms));

async function waitFor(get: () => string, text: string | RegExp, ms = 20_000): Promise<void> {
  const t0 = Date.now();
  while (!(typeof text === 'string' ? get().includes(text) : text.test(get()))) {
    if (Date.now() - t0 > ms) throw new Error(`never saw ${String(text)} in:\n${plain(get()).slice(-2000)}`);
    await pause(10);
  }
}

async function terminalSession(keys: string[], historyFile: string, seedsDir = FIXTURES): Promise<{ code: number; out: string }> {
  const tty = fakeTty();
  const done = runConsole({ seedsDir, config: loadConfig({}), input: tty.input, output: tty.output, historyFile, store: new LibraryStore({ seedsDir, build: buildInThread }) });
  await waitFor(tty.text, 'Byline console over');
  for (const k of keys) {
    // a key at a time, as typed: readline takes a chunk of several characters for a paste and only appends it
    for (const c of k.startsWith('\u001b') ? [k] : [...k]) {
      tty.input.write(c);
      await pause(c === KEY.enter ? 60 : 2);
    }
  }
  return { code: await done, out: plain(tty.text()) };
}

describe('console on a terminal', () => {
  it('edits a line: a typo rubbed out with Backspace and a word put in with Left is answered as corrected', async () => {
    const history = join(tempDir(), 'history');
    const { code, out } = await terminalSession([
      '/who-said carry the islandx', KEY.backspace, ' economy', ...Array(' economy'.length + 'island'.length + 'carry the '.length).fill(KEY.left), 'will ', KEY.enter,
      'quit', KEY.enter,
    ], history);
    expect(code).toBe(0);
    expect(JSON.stringify(readFileSync(history, 'utf8').split('\n')[0])).toBe(JSON.stringify('/who-said will carry the island economy'));
    expect(out).toMatch(/Maria Okonkwo \(direct\): “This terminal will carry the island economy/);
    expect(out).not.toContain('^[[');
  });

  it('Up recalls the last line, from this session or, through the history file, from the one before', async () => {
    const history = join(tempDir(), 'state', 'history');
    await terminalSession(['/who-said carry the island economy', KEY.enter, KEY.ctrlD], history);
    expect(readFileSync(history, 'utf8')).toBe('/who-said carry the island economy\n');
    const { out } = await terminalSession([KEY.up, KEY.enter, 'exit', KEY.enter], history);
    expect(out).toMatch(/Maria Okonkwo \(direct\)/);
    expect(out).not.toContain('Nothing in the loaded articles');
    expect(readFileSync(history, 'utf8').trim().split('\n')).toEqual(['/who-said carry the island economy', '/who-said carry the island economy', 'exit']);
  });

  it('Tab completes a command and a speaker name', async () => {
    const history = join(tempDir(), 'history');
    const { out } = await terminalSession(['/quo', KEY.tab, 'Okon', KEY.tab, ' about: pier', KEY.enter, 'quit', KEY.enter], history);
    expect(readFileSync(history, 'utf8').split('\n')[0]).toBe('/quotes Okonkwo about: pier');
    expect(out).toMatch(/old pier cannot take another winter/);
  });

  it.each(['help', 'quit', 'exit'])('bare %s is a command, not a search', async (word) => {
    const { code, out } = await terminalSession([word, KEY.enter, ...(word === 'help' ? ['quit', KEY.enter] : [])], join(tempDir(), 'h'));
    expect(code).toBe(0);
    expect(out).not.toContain('Nothing in the loaded articles matches');
    if (word === 'help') expect(out).toContain('/quotes speaker: <name> about: <topic>');
  });

  it('/reload shows its progress on one line, then the report', async () => {
    let progress: { done: number; total: number } | null = null;
    let finish!: (r: ReloadReport) => void;
    const real = new LibraryStore({ seedsDir: FIXTURES, build: buildInThread });
    await real.reload();
    const store = {
      get library() { return real.library; },
      get progress() { return progress; },
      reload: () => new Promise<ReloadReport>((resolve) => { finish = resolve; }),
    };
    const tty = fakeTty();
    const first = { ok: true, swapped: true, articles: 2, added: [], removed: [], changed: [], rejected: [], ms: 1, message: 'Loaded 2 articles.' } as unknown as ReloadReport;
    const done = runConsole({ seedsDir: FIXTURES, config: loadConfig({}), input: tty.input, output: tty.output, store, progressEveryMs: 10 });
    await pause(20);
    finish(first);
    await waitFor(tty.text, 'Byline console over');
    tty.input.write('/reload\r');
    await waitFor(tty.text, 'Reloading…');
    progress = { done: 3, total: 10 };
    await waitFor(tty.text, 'reading articles: 3 of 10');
    progress = { done: 9, total: 10 };
    await waitFor(tty.text, 'reading articles: 9 of 10');
    finish({ ...first, message: 'Loaded 10 articles.' } as ReloadReport);
    await waitFor(tty.text, 'Loaded 10 articles.');
    tty.input.write('quit\r');
    expect(await done).toBe(0);
    expect(tty.text()).toMatch(/\r\u001b\[2K {2}reading articles: 9 of 10/); // rewritten in place
  });
});

describe('console with piped input', () => {
  it('reads lines as before: no prompt editing, no history file written', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let out = '';
    output.on('data', (c) => { out += String(c); });
    const history = join(tempDir(), 'history');
    const done = runConsole({ seedsDir: FIXTURES, config: loadConfig({}), input, output, historyFile: history, store: new LibraryStore({ seedsDir: FIXTURES, build: buildInThread }) });
    await waitFor(() => out, 'Byline console over');
    input.end('/who-said carry the island economy\nhelp\nquit\n');
    expect(await done).toBe(0);
    expect(out).toMatch(/Maria Okonkwo \(direct\)/);
    expect(out).toContain('/quotes speaker: <name> about: <topic>');
    expect(() => readFileSync(history)).toThrow();
  });
});

describe('console pieces', () => {
  it.each([
    ['help', { kind: 'help' }], ['HELP', { kind: 'help' }], ['?', { kind: 'help' }], ['quit', { kind: 'quit' }],
    ['exit', { kind: 'quit' }], ['exit.', { kind: 'quit' }], ['/exit', { kind: 'quit' }],
  ])('%j is %j', (line, expected) => {
    expect(parseConsoleLine(line)).toEqual(expected);
  });

  it('a sentence that starts with help is still a question', () => {
    expect(parseConsoleLine('help for the harbour workers')).toMatchObject({ kind: 'query' });
  });

  it.each([
    ['/wh', ['/who-said ', '/when '], '/wh'],
    ['/rel', ['/reload '], '/rel'],
    ['/zz', [], '/zz'],
    ['he', ['help'], 'he'],
    ['who said that', [], 'who said that'],
  ])('completes %j', (line, hits, on) => {
    expect(completeLine(line, null)).toEqual([hits, on]);
  });

  it('history lives in BYLINE_HISTORY_FILE, else the XDG state folder, else ~/.local/state', () => {
    expect(historyPath({ BYLINE_HISTORY_FILE: '/tmp/h' }, '/home/a')).toBe('/tmp/h');
    expect(historyPath({ XDG_STATE_HOME: '/xdg' }, '/home/a')).toBe(join('/xdg', 'byline', 'history'));
    expect(historyPath({}, '/home/a')).toBe(join('/home/a', '.local', 'state', 'byline', 'history'));
  });

  it('reads the history newest first, keeping at most 500 lines, and survives a missing file', async () => {
    const file = join(tempDir(), 'history');
    writeFileSync(file, Array.from({ length: 600 }, (_, k) => `line ${k}`).join('\n') + '\n');
    const lines = await readHistory(file);
    expect(lines).toHaveLength(500);
    expect(lines[0]).toBe('line 599');
    expect(readFileSync(file, 'utf8').split('\n')[0]).toBe('line 100');
    expect(await readHistory(join(tempDir(), 'none'))).toEqual([]);
  });
});

describe('console file names', () => {
  it('a file name with control characters is shown escaped in /about and in the reload report', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'evil\u001b[2J.txt'), 'Harbour reopens\n\nThe Gazette\n\n"We reopen today," said Ilse Brandt.\n');
    const input = new PassThrough();
    const output = new PassThrough();
    let out = '';
    output.on('data', (c) => { out += String(c); });
    const done = runConsole({ seedsDir: dir, config: loadConfig({}), input, output, store: new LibraryStore({ seedsDir: dir, build: buildInThread }) });
    await waitFor(() => out, 'Byline console over');
    input.end('/about\nquit\n');
    expect(await done).toBe(0);
    expect(out).toContain('Added (1): evil\\x1b[2J.txt');
    expect(out).toContain('  evil\\x1b[2J.txt: Harbour reopens');
    expect(out).not.toContain('\u001b');
  });
});
