import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { archiveFiles, LARGE_ARCHIVE_FILES, LARGE_ARCHIVE_SEMI_SPACE_MB, semiSpaceMbFor } from '../../src/config/youngGeneration.js';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

/** A working folder with a seeds folder of `n` files (named `seedsName`). */
function folder(n: number, seedsName = 'seeds'): string {
  const cwd = mkdtempSync(join(tmpdir(), 'byline-young-'));
  dirs.push(cwd);
  mkdirSync(join(cwd, seedsName));
  for (let k = 0; k < n; k++) writeFileSync(join(cwd, seedsName, `a${k}.txt`), 'Title\n\nBody.\n');
  return cwd;
}

describe('the young generation follows the archive size', () => {
  it.each([
    [null, null],
    [0, null],
    [10_000, null],
    [LARGE_ARCHIVE_FILES - 1, null],
    [LARGE_ARCHIVE_FILES, LARGE_ARCHIVE_SEMI_SPACE_MB],
    [100_000, LARGE_ARCHIVE_SEMI_SPACE_MB],
  ])('%s files: semi-space %s', (files, mb) => {
    expect(semiSpaceMbFor(files)).toBe(mb);
  });
});

describe('how many files the command will load', () => {
  it('a generated bench counts its --articles, or 10,000 without it', () => {
    expect(archiveFiles(['bench', '--articles', '100000'], {})).toBe(100_000);
    expect(archiveFiles(['bench', '--articles=250'], {})).toBe(250);
    expect(archiveFiles(['bench'], {})).toBe(10_000);
  });

  it('a bench over a folder, and the console and bot, count the folder', () => {
    const cwd = folder(3, 'mine');
    expect(archiveFiles(['bench', '--seeds', 'mine'], {}, cwd)).toBe(3);
    expect(archiveFiles(['console', '--seeds', join(cwd, 'mine')], {})).toBe(3);
    expect(archiveFiles(['bot', '--seeds', 'mine'], {}, cwd)).toBe(3);
  });

  it('without --seeds, SEEDS_DIR from the environment, then from .env, then ./seeds', () => {
    const cwd = folder(2);
    expect(archiveFiles(['start'], {}, cwd)).toBe(2);
    mkdirSync(join(cwd, 'other'));
    writeFileSync(join(cwd, 'other', 'x.txt'), 'x');
    writeFileSync(join(cwd, '.env'), 'SEEDS_DIR=other\n');
    expect(archiveFiles(['start'], {}, cwd)).toBe(1);
    expect(archiveFiles(['start'], { SEEDS_DIR: 'seeds' }, cwd)).toBe(2);
  });

  it('cannot tell for a missing folder or bad usage, and leaves the error to the command', () => {
    const cwd = folder(0);
    expect(archiveFiles(['console', '--seeds', 'nowhere'], {}, cwd)).toBeNull();
    expect(archiveFiles(['bench', '--articles', 'many'], {}, cwd)).toBeNull();
    expect(archiveFiles(['console', '--seeds'], {}, cwd)).toBeNull();
  });
});
