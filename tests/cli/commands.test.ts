import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractOutput, QuotesAnswer, SourcesAnswer, WhenAnswer, AskAnswer } from '../../src/model/contract.js';
import { byline } from '../support/cli.js';
import { tempDirs } from '../support/tempDirs.js';
import { FIXTURES, SAMPLE, SEEDS } from '../support/fixtures.js';

const madeDir = tempDirs();

function folderWith(files: Record<string, string | Buffer>): string {
  const dir = madeDir('byline-cli-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('byline check-seeds', () => {
  it('exits 0 on the project seeds, one line per file', () => {
    const r = byline(['check-seeds']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`ok        ${SAMPLE}`);
    expect(r.stdout).toContain('1 loaded, 0 rejected');
  });

  it('exits 1 on a folder with a bad file, naming it, while the good one loads', () => {
    const dir = madeDir('byline-cli-');
    cpSync(join(SEEDS, SAMPLE), join(dir, SAMPLE));
    writeFileSync(join(dir, 'broken.txt'), Buffer.from([0, 1, 2, 3, 4]));
    const r = byline(['check-seeds', '--seeds', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/rejected {2}broken\.txt: binary file/);
    expect(r.stdout).toContain(`ok        ${SAMPLE}`);
  });
});

describe('byline extract --json', () => {
  it('validates against the contract shapes and carries the article header', () => {
    const r = byline(['extract', '--json']);
    expect(r.code).toBe(0);
    const out = ExtractOutput.parse(JSON.parse(r.stdout));
    expect(out.rejected).toEqual([]);
    const a = out.articles.find((x) => x.article === SAMPLE)!;
    expect(a).toMatchObject({ outlet: 'JAM News', published: null, paragraphs: 14 });
    expect(a.title).toMatch(/^Russian FM Lavrov in Baku/);
  });

  it('reads the fixtures folder in every layout', () => {
    const r = byline(['extract', '--json', '--seeds', join(FIXTURES, 'articles')]);
    expect(r.code).toBe(0);
    const out = ExtractOutput.parse(JSON.parse(r.stdout));
    expect(out.articles.map((a) => a.article).sort()).toEqual(['british-budget.md', 'guillemets-visit.txt', 'hardwrapped-council.txt', 'wire-summit.txt']);
  });

  it('an empty or missing folder is an error, exit 1', () => {
    expect(byline(['extract', '--seeds', folderWith({})]).code).toBe(1);
    const missing = byline(['who-said', 'anything', '--seeds', '/nonexistent/seeds']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('does not exist');
  });
});

describe('query commands', () => {
  it('answer in the contract shapes with --json', () => {
    const cases: [string[], { parse: (x: unknown) => unknown }][] = [
      [['who-said', 'military aspects are resolved'], QuotesAnswer],
      [['quotes', 'Lavrov', '--about', 'peace'], QuotesAnswer],
      [['when', 'Lavrov met Bayramov'], WhenAnswer],
      [['sources', 'Lavrov met Pashinyan in Yerevan'], SourcesAnswer],
      [['ask', 'When did Lavrov meet Bayramov?'], AskAnswer],
    ];
    for (const [args, schema] of cases) {
      const r = byline([...args, '--json']);
      expect(r.code, args.join(' ')).toBe(0);
      expect(() => schema.parse(JSON.parse(r.stdout))).not.toThrow();
    }
  });

  it('--batch answers every line in order from one build, a bad line in its place', () => {
    const dir = folderWith({});
    const file = join(dir, 'q.jsonl');
    writeFileSync(file, ['{"q": "military aspects are resolved"}', 'not json', '{"q": "Lavrov met Pashinyan"}', '{"nope": 1}', ''].join('\n'));
    const r = byline(['who-said', '--batch', file, '--json']);
    expect(r.code).toBe(2);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].query).toBe('military aspects are resolved');
    expect(lines[1].error).toMatch(/line 2: not JSON/);
    expect(lines[2].query).toBe('Lavrov met Pashinyan');
    expect(lines[3].error).toMatch(/line 4: q/);
  });

  it('bad usage exits 2 with the usage text', () => {
    for (const args of [['frobnicate'], ['who-said'], ['who-said', 'x', '--bogus'], ['bench', '--articles', 'many']]) {
      const r = byline(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('Usage: byline');
    }
  });

  it('a malformed variable is one line naming it, exit 1', () => {
    const r = byline(['check-seeds'], { env: { LOG_LEVEL: 'loud' } });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^byline: LOG_LEVEL: /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
