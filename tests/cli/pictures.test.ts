// --picture FILE on the command line and in the console: the answer as usual, and its picture as a PNG.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitPictureFlag } from '../../src/console/pictureFlag.js';
import { byline } from '../support/cli.js';
import { SEEDS } from '../support/fixtures.js';

const out = mkdtempSync(join(tmpdir(), 'byline-pictures-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const isPng = (file: string) => readFileSync(file).subarray(1, 4).toString('latin1') === 'PNG';

describe('byline when/sources --picture FILE', () => {
  it('writes the timeline of a person and still prints the answer', () => {
    const file = join(out, 't.png');
    const r = byline(['when', 'Lavrov', '--seeds', SEEDS, '--picture', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Lavrov');
    expect(r.stderr).toMatch(/^Picture written to .*t\.png \(960×\d+\): Timeline of Sergei Lavrov: .*with no year given/m);
    expect(isPng(file)).toBe(true);
  });

  it('writes the coverage chart of a claim and keeps --json output pure', () => {
    const file = join(out, 'c.png');
    const r = byline(['sources', 'Azerbaijan handed over the bodies of 1,600 Armenian servicemen', '--seeds', SEEDS, '--json', '--picture', file]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).verdict).toBe('supported');
    expect(isPng(file)).toBe(true);
  });

  it.each([
    ['another command', ['who-said', 'military aspects', '--picture', 'x.png']],
    ['--batch', ['when', '--batch', 'q.jsonl', '--picture', 'x.png']],
    ['no file name', ['when', 'Lavrov', '--picture']],
  ])('with %s is bad usage (exit 2)', (_, args) => {
    const r = byline([...args, '--seeds', SEEDS]);
    expect(r.code).toBe(2);
  });

  it('a file it cannot write fails with the reason (exit 1)', () => {
    const r = byline(['when', 'Lavrov', '--seeds', SEEDS, '--picture', join(out, 'no', 'such', 'dir', 't.png')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--picture: cannot write '.*t\.png': ENOENT/);
  });

  it('in the console, /when … --picture FILE writes the picture after the answer', () => {
    const file = join(out, 'console.png');
    const r = byline(['console', '--seeds', SEEDS], { input: `/when Lavrov --picture ${file}\n/who-said military --picture x.png\n/quit\n` });
    expect(r.stdout).toMatch(/Picture written to .*console\.png/);
    expect(r.stdout).toContain('--picture goes with /when and /sources');
    expect(isPng(file)).toBe(true);
  });
});

describe('splitPictureFlag: --picture taken off a console line', () => {
  it.each([
    ['/when Lavrov --picture t.png', '/when Lavrov', 't.png', null],
    ['/sources --picture "my chart.png" the dam closed', '/sources the dam closed', 'my chart.png', null],
    ['/when Lavrov', '/when Lavrov', null, null],
    ['/when Lavrov --picture', '/when Lavrov', null, '--picture needs a file name: /when Lavrov --picture t.png'],
    ['/when Lavrov--picture t.png', '/when Lavrov--picture t.png', null, null],
  ])('%j', (raw, line, picture, error) => {
    expect(splitPictureFlag(raw)).toEqual({ line, picture, error });
  });
});
