// The console: Discord's commands and free text over a seeds folder, answered as readable text.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { buildInThread, LibraryStore } from '../../src/app/libraryStore.js';
import { loadConfig } from '../../src/config/env.js';
import { parseConsoleLine } from '../../src/console/parseConsoleLine.js';
import { runConsole } from '../../src/console/runConsole.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'bot-seeds');
const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

function seedsCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'byline-console-'));
  cpSync(FIXTURES, dir, { recursive: true });
  dirs.push(dir);
  return dir;
}

async function session(seedsDir: string, lines: (string | (() => void))[]): Promise<{ code: number; out: string }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (c) => { out += String(c); });
  const done = runConsole({ seedsDir, config: loadConfig({}), input, output, store: new LibraryStore({ seedsDir, build: buildInThread }) });
  const started = await Promise.race([done.then(() => false), (async () => {
    while (!out.includes('Byline console over')) await new Promise((r) => setTimeout(r, 10));
    return true;
  })()]);
  if (!started) return { code: await done, out };
  for (const l of lines) {
    if (typeof l === 'function') l();
    else input.write(l + '\n');
    await new Promise((r) => setTimeout(r, 20));
  }
  input.end();
  return { code: await done, out };
}

describe('console session', () => {
  it('answers the Discord commands and free text with cited evidence', async () => {
    const { code, out } = await session(FIXTURES, [
      '/who-said carry the island economy',
      '/quotes speaker: Okonkwo about: pier',
      '/when Okonkwo met Brennan',
      '/sources the harbour authority approved a new ferry terminal',
      'who said nobody will lose a berth?',
      '/quit',
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/Loaded 2 articles/);
    expect(out).toMatch(/Maria Okonkwo \(direct\): “This terminal will carry the island economy/);
    expect(out).toMatch(/Coastal Courier[^“\n]*, “Harbour authority approves new ferry terminal after long debate”, paragraph 2/);
    expect(out).toMatch(/old pier cannot take another winter/);
    expect(out).toMatch(/March 12/);
    expect(out).toMatch(/Supported by/);
    expect(out).toMatch(/\(answered as who-said\)/);
  });

  it('shows help, what is loaded, and input errors without leaving', async () => {
    const { out } = await session(FIXTURES, ['/help', '/about', '/quotes about: peace', '/frobnicate', '', '/quit']);
    expect(out).toContain('/quotes speaker: <name> about: <topic>');
    expect(out).toMatch(/2 articles from 2 outlets/);
    expect(out).toContain('/quotes needs a speaker');
    expect(out).toContain('Unknown command /frobnicate');
  });

  it('/reload says what was added, changed and rejected', async () => {
    const dir = seedsCopy();
    const { out } = await session(dir, [
      () => {
        writeFileSync(join(dir, 'extra.txt'), 'Ferry timetable extended\nCoastal Courier\n\n"The late ferry will run all year," said Ana Ruiz.\n');
        writeFileSync(join(dir, 'harbour.txt'), 'Harbour vote delayed\nCoastal Courier\n\nThe vote was delayed by a week, the authority said.\n');
        writeFileSync(join(dir, 'empty.txt'), '');
      },
      '/reload',
      '/quit',
    ]);
    expect(out).toMatch(/Added \(1\): extra\.txt/);
    expect(out).toMatch(/Changed \(1\): harbour\.txt/);
    expect(out).toMatch(/empty\.txt: /);
  });

  it('exits 1 with a plain message over a folder with no articles', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'byline-console-empty-'));
    dirs.push(dir);
    const { code, out } = await session(dir, []);
    expect(code).toBe(1);
    expect(out).toMatch(/Nothing to answer from/);
  });
});

describe('parseConsoleLine', () => {
  it('reads Discord-style options in any order', () => {
    expect(parseConsoleLine('/quotes about: peace speaker: Lavrov')).toEqual({ kind: 'query', request: { command: 'quotes', q: 'Lavrov', about: 'peace' } });
    expect(parseConsoleLine('/who-said quote: military aspects')).toEqual({ kind: 'query', request: { command: 'who-said', q: 'military aspects' } });
  });

  it('treats free text as /ask and an empty line as nothing', () => {
    expect(parseConsoleLine('  when did they meet?  ')).toEqual({ kind: 'query', request: { command: 'ask', q: 'when did they meet?' } });
    expect(parseConsoleLine('   ')).toEqual({ kind: 'empty' });
  });
});
