// The pieces /seeds add trusts: a safe file name from any attached name, a seed validator shared with
// check-seeds, and saving that never leaves a half-written file or writes outside the folder.
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isPlainSeedName, safeSeedName } from '../../../src/bot/seeds/safeName.js';
import { nodeSeedFs, removeSeedFile, saveSeedFile } from '../../../src/bot/seeds/seedFiles.js';
import { checkSeed } from '../../../src/parse/checkSeed.js';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });
const temp = () => { const d = mkdtempSync(join(tmpdir(), 'byline-seedfs-')); dirs.push(d); return d; };
const bytes = (s: string) => new TextEncoder().encode(s);

describe('safeSeedName', () => {
  it.each([
    ['harbour.txt', 'harbour.txt'],
    ['Harbour Vote.MD', 'Harbour-Vote.md'],
    ['../../etc/passwd.txt', 'passwd.txt'],
    ['C:\\Users\\x\\notes.txt', 'notes.txt'],
    ['.hidden.txt', 'hidden.txt'],
    ['@everyone <@123>.txt', 'everyone-123.txt'],
    ['evil\u0000\u001b[31m.txt', 'evil-31m.txt'],
    ['\u202etxt.exe.txt', 'txt.exe.txt'],
    ['Ülkü Öztürk.txt', 'Ülkü-Öztürk.txt'],
    ['a..b.txt', 'a.b.txt'],
    ['x'.repeat(300) + '.txt', 'x'.repeat(96) + '.txt'],
  ])('%j is saved as %j', (name, expected) => {
    expect(safeSeedName(name)).toEqual({ ok: true, name: expected });
  });

  it.each([['script.sh'], ['notes'], ['....txt'], ['@@@.md'], ['/'], ['']])('%j is refused', (name) => {
    expect(safeSeedName(name).ok).toBe(false);
  });

  it.each([['a.txt', true], ['../a.txt', false], ['.a.txt', false], ['a/b.txt', false], ['a.pdf', false], ['', false]])('isPlainSeedName(%j) is %s', (name, ok) => {
    expect(isPlainSeedName(name)).toBe(ok);
  });
});

describe('checkSeed (the check-seeds rules, for one file)', () => {
  const good = 'Harbour reopens\n\nThe Gazette\n\nThe harbour reopened on Friday, the council said.\n';
  it.each([
    ['a.txt', new Uint8Array(), /empty file/],
    ['a.txt', new Uint8Array([0, 1, 2]), /binary file/],
    ['a.txt', new Uint8Array([0xc3, 0x28, 0x41, 0x42]), /not UTF-8/],
    ['a.txt', bytes('x'.repeat(200)), /over the 100-byte limit/],
    ['a.pdf', bytes(good), /not a \.txt or \.md file/],
    ['a.md', bytes('---\ntitle: T\npublished: yesterday\n---\n\nBody text.\n'), /front matter line 3: published/],
  ])('%s is rejected: %s', (name, buf, reason) => {
    const v = checkSeed(name, buf, name === 'a.txt' && buf.length === 200 ? 100 : 10_000);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.error).toMatch(reason);
  });

  it('accepts an article, with a warning for a header date that is no real date', () => {
    const v = checkSeed('a.txt', bytes(good.replace('The Gazette\n', 'The Gazette\nPublished: 2024-02-30\n')), 10_000);
    expect(v.ok).toBe(true);
    if (v.ok) {
      expect(v.article.published).toBeNull();
      expect(v.warnings).toEqual(["line 4: Published: '2024-02-30' is not a real date (write YYYY-MM-DD); not taken as the publication date"]);
    }
  });
});

describe('saveSeedFile and removeSeedFile', () => {
  it('saves a file whole, leaving no temporary file', async () => {
    const dir = temp();
    await saveSeedFile(dir, 'a.txt', bytes('hello'));
    expect(readdirSync(dir)).toEqual(['a.txt']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('hello');
  });

  it('refuses to overwrite, and refuses names that are paths', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'a.txt'), 'old');
    await expect(saveSeedFile(dir, 'a.txt', bytes('new'))).rejects.toThrow(/already in the folder/);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('old');
    await expect(saveSeedFile(dir, '../b.txt', bytes('x'))).rejects.toThrow(/not a plain/);
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it.each([['writeFile'], ['link']])('a failing %s leaves the folder as it was', async (step) => {
    const dir = temp();
    writeFileSync(join(dir, 'keep.txt'), 'keep');
    const failing = { ...nodeSeedFs, [step]: async (...args: [string, ...unknown[]]) => {
      if (step === 'writeFile') writeFileSync(args[0], 'half'); // a write that died halfway
      throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
    } };
    await expect(saveSeedFile(dir, 'new.txt', bytes('whole'), failing)).rejects.toThrow(/the disk is full; nothing was changed/);
    expect(readdirSync(dir)).toEqual(['keep.txt']);
  });

  it('falls back to a checked rename where hard links are not supported', async () => {
    const dir = temp();
    const noLinks = { ...nodeSeedFs, link: async () => { throw Object.assign(new Error('nope'), { code: 'EPERM' }); } };
    await saveSeedFile(dir, 'a.txt', bytes('x'), noLinks);
    expect(readdirSync(dir)).toEqual(['a.txt']);
    await expect(saveSeedFile(dir, 'a.txt', bytes('y'), noLinks)).rejects.toThrow(/already in the folder/);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('x');
  });

  it('removes a link itself, never the file it points to outside the folder', async () => {
    const dir = temp();
    const elsewhere = temp();
    writeFileSync(join(elsewhere, 'target.txt'), 'precious');
    symlinkSync(join(elsewhere, 'target.txt'), join(dir, 'link.txt'));
    await removeSeedFile(dir, 'link.txt');
    expect(readdirSync(dir)).toEqual([]);
    expect(readFileSync(join(elsewhere, 'target.txt'), 'utf8')).toBe('precious');
    await expect(removeSeedFile(dir, 'link.txt')).rejects.toThrow(/no file named link\.txt/);
  });
});
