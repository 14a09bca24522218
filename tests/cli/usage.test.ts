// The command line as a new user meets it: strict about words and options, with a way forward in every message.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closest, parseCli, UsageError } from '../../src/cli/args.js';
import { plural, shownName } from '../../src/render/words.js';
import { byline } from '../support/cli.js';
import { tempDirs } from '../support/tempDirs.js';

const madeDir = tempDirs();

function usageError(argv: string[]): UsageError {
  try {
    parseCli(argv);
  } catch (err) {
    if (err instanceof UsageError) return err;
    throw err;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
}

describe('parseCli: bad usage, with a way forward', () => {
  it.each([
    [['who-said', 'peace', '--jsn'], /unknown option '--jsn'; did you mean '--json'\?/],
    [['quotes', 'X', '--abuot', 'y'], /did you mean '--about'\?/],
    [['wen', 'x'], /unknown command 'wen'; did you mean 'when'\?/],
    [['frobnicate'], /^unknown command 'frobnicate'$/],
    [['check-seeds', 'extra'], /check-seeds takes no words, but was given 'extra'/],
    [['console', '--json'], /console takes no --json/],
    [['console', 'now'], /console takes no words/],
    [['quotes'], /quotes needs <speaker>, as in: byline quotes/],
    [['who-said'], /who-said needs <words>/],
    [['who-said', '   '], /who-said needs <words>/],
    [['who-said', 'x', '--batch', 'q.jsonl'], /either "<words>" or --batch FILE, not both/],
    [['who-said', 'x', '--about', 'y'], /who-said takes no --about/],
    [['who-said', 'x', '--seeds'], /--seeds needs a value/],
    [['who-said', 'x', '--json=yes'], /--json takes no value/],
    [['bench', '--articles', 'many'], /--articles takes a whole number above 0, not 'many'/],
    [['bench', '--articles', '1.5'], /--articles takes a whole number/],
    [['bench', '--picture', 'x.png'], /bench takes no --picture/],
    [['help', 'wen'], /no command 'wen'; did you mean 'when'\?/],
    [['who-said', 'x', '-j'], /unknown option '-j'/],
    [['--json'], /'--json' needs a command before it/],
    [['who-said', 'x', '--re\u0007d'], /unknown option '--re\\u0007d'/],
  ])('%j is refused: %s', (argv, message) => {
    expect(usageError(argv).message).toMatch(message);
  });

  it('names the command whose usage to show', () => {
    expect(usageError(['who-said', 'x', '--jsn']).command).toBe('who-said');
    expect(usageError(['frobnicate']).command).toBeNull();
  });

  it.each([
    [['who-said', 'military', 'aspects', '--json'], { command: 'who-said', positionals: ['military', 'aspects'], json: true }],
    [['quotes', 'Okafor', '--about=grain'], { command: 'quotes', positionals: ['Okafor'], about: 'grain' }],
    [['when', 'the summit', '--picture', 'out.png'], { command: 'when', picture: 'out.png' }],
    [['sources', 'a claim', '--picture', 'c.png', '--seeds', 'dir'], { command: 'sources', picture: 'c.png', seeds: 'dir' }],
    [['bench', '--articles', '200', '--queries', '5', '--seeds', 'd', '--json'], { command: 'bench', articles: 200, queries: 5, seeds: 'd', json: true }],
    [['bot', '--shards', 'auto', '--watch'], { command: 'bot', shards: 'auto', watch: true }],
    [['who-said', '--batch', 'q.jsonl'], { command: 'who-said', batch: 'q.jsonl', positionals: [] }],
    [['who-said', '--', '--not-a-flag'], { command: 'who-said', positionals: ['--not-a-flag'] }],
    [['who-said', '-5 percent', '-'], { command: 'who-said', positionals: ['-5 percent', '-'] }],
    [['--version'], { version: true }],
    [['when', '--help'], { command: 'when', help: true }],
    [['help', 'quotes'], { command: 'help', positionals: ['quotes'] }],
    [[], { command: 'help' }],
  ])('%j reads as %j', (argv, expected) => {
    expect(parseCli(argv)).toMatchObject(expected);
  });

  it.each([['jsn', ['json', 'seeds'], 'json'], ['sedes', ['json', 'seeds'], 'seeds'], ['xyzzy', ['json', 'seeds'], null], ['j', ['json'], null]])(
    'closest(%s) is %s', (word, candidates, expected) => {
      expect(closest(word, candidates)).toBe(expected);
    });
});

describe('words', () => {
  it.each([[1, 'paragraph', '1 paragraph'], [2, 'paragraph', '2 paragraphs'], [0, 'article', '0 articles'], [1200, 'article', '1,200 articles']])(
    'plural(%i, %s) is %s', (n, noun, expected) => {
      expect(plural(n, noun)).toBe(expected);
    });

  it.each([['a\nb.txt', 'a\\nb.txt'], ['\u001b[2Jx.txt', '\\x1b[2Jx.txt'], ['tab\t.md', 'tab\\t.md'], ['line\u2028sep.txt', 'line\\u2028sep.txt'], ['plain.txt', 'plain.txt']])(
    'shownName(%j) is %j', (name, expected) => {
      expect(shownName(name)).toBe(expected);
    });
});

function folderWith(files: Record<string, string>): string {
  const dir = madeDir('byline-usage-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const ARTICLE = 'Council votes to reopen the harbour\n\nThe Harbour Gazette\nPublished: 2024-03-02\nURL: https://gazette.example/harbour\n\n"We will reopen the harbour in spring," said Mayor Ilse Brandt on Friday.\n';

describe('byline, run as a user would', () => {
  it('--version prints the package version, exit 0', () => {
    const r = byline(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^byline \d+\.\d+\.\d+$/);
  });

  it('--help on a command explains that command only, exit 0', () => {
    const r = byline(['quotes', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: byline quotes "<speaker>" [--about "<topic>"]');
    expect(r.stdout).not.toContain('deploy-commands');
  });

  it.each([
    [['who-said', 'peace', '--jsn'], "did you mean '--json'?"],
    [['check-seeds', 'extra'], 'takes no words'],
    [['console', '--json'], 'console takes no --json'],
    [['quotes'], 'quotes needs <speaker>'],
    [['bot', '--shards', 'foo'], "--shards takes 'auto'"],
  ])('%j exits 2 with one plain message and the usage', (argv, message) => {
    const r = byline(argv, { env: { DISCORD_TOKEN: '' } });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toContain(message);
    expect(r.stderr).toContain('Usage: byline');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack
  });

  it('check-seeds on an empty folder says why, exit 1', () => {
    const r = byline(['check-seeds', '--seeds', folderWith({ 'notes.pdf': 'x' })]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no \.txt or \.md articles in '.*' \(1 other file skipped\): put one article per file there/);
    expect(r.stderr).toContain('1 other file skipped');
  });

  it('check-seeds counts in the singular and warns about a header date that is no date, naming file and line', () => {
    const dir = folderWith({ 'harbour.txt': ARTICLE.replace('2024-03-02', '2024-02-30') });
    const r = byline(['check-seeds', '--seeds', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 paragraph, The Harbour Gazette');
    expect(r.stdout).toMatch(/warning {3}harbour\.txt: line 4: Published: '2024-02-30' is not a real date/);
    expect(r.stdout).toContain('1 loaded, 0 rejected, 1 warning');
  });

  it('check-seeds rejects front matter whose date is not a date, naming the file and the line', () => {
    const dir = folderWith({ 'fm.md': '---\ntitle: Harbour reopens\npublished: yesterday\n---\n\nThe harbour reopened, the council said.\n' });
    const r = byline(['check-seeds', '--seeds', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/rejected {2}fm\.md: front matter line 3: published: published 'yesterday' is not a date/);
  });

  it('check-seeds shows a file name with control characters escaped', () => {
    const dir = folderWith({ 'evil\u001b[31m.txt': ARTICLE });
    const r = byline(['check-seeds', '--seeds', dir]);
    expect(r.stdout).toContain('evil\\x1b[31m.txt');
    expect(r.stdout).not.toContain('\u001b');
  });

  it('a batch file with invalid lines exits non-zero, naming each line on stderr', () => {
    const dir = folderWith({ 'harbour.txt': ARTICLE });
    const file = join(dir, 'q.jsonl');
    writeFileSync(file, '{"q": "reopen the harbour"}\n{"q": ""}\nnope\n');
    const r = byline(['who-said', '--batch', file, '--seeds', dir]);
    expect(r.code).toBe(2);
    expect(r.stdout.trim().split('\n')).toHaveLength(3);
    expect(r.stderr).toMatch(/line 2: q: q is empty/);
    expect(r.stderr).toMatch(/line 3: not JSON/);
    expect(r.stderr).toContain('2 invalid lines in the batch file');
  });

  it('the article link is printed with the answer, and is in the JSON evidence', () => {
    const dir = folderWith({ 'harbour.txt': ARTICLE });
    const text = byline(['who-said', 'reopen the harbour', '--seeds', dir]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('https://gazette.example/harbour');
    const json = JSON.parse(byline(['who-said', 'reopen the harbour', '--seeds', dir, '--json']).stdout);
    expect(json.answers[0].evidence.url).toBe('https://gazette.example/harbour');
  });

  it('a query over an empty folder says what to do, exit 1', () => {
    const r = byline(['ask', 'anything', '--seeds', folderWith({})]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^byline: no articles in '.*': put \.txt or \.md articles there, or pass --seeds DIR$/);
  });
});

describe('byline bot with Discord out of reach', () => {
  it('says so in one line, with no stack, and starts no work after it', async () => {
    const { createServer } = await import('node:net');
    const server = createServer();
    const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const api = `http://127.0.0.1:${port}/api`;
    const r = byline(['bot', '--seeds', folderWith({ 'harbour.txt': ARTICLE })], {
      env: { DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GfakeX.abcdefghijklmnopqrstuvwxyz0123456789AB', DISCORD_CLIENT_ID: '111111111111111111', DISCORD_API_URL: api, LOG_LEVEL: 'info' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`byline: cannot reach Discord at ${api} (connection refused): check the network or DISCORD_API_URL`);
    expect(r.stdout).toBe('');
    const deploy = byline(['deploy-commands'], { env: { DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GfakeX.abcdefghijklmnopqrstuvwxyz0123456789AB', DISCORD_CLIENT_ID: '111111111111111111', DISCORD_API_URL: api } });
    expect(deploy.code).toBe(1);
    expect(deploy.stderr.trim()).toBe(`byline: cannot reach Discord at ${api} (connection refused): check the network or DISCORD_API_URL`);
  });
});

describe('deploy/byline.service', () => {
  it('runs a command line this build accepts, and may write only to the seeds folder', async () => {
    const { readFileSync } = await import('node:fs');
    const unit = readFileSync(join(import.meta.dirname, '..', '..', 'deploy', 'byline.service'), 'utf8');
    const exec = /^ExecStart=\S+ \S*bin\/byline\.js (.*)$/m.exec(unit);
    expect(exec).not.toBeNull();
    expect(parseCli(exec![1]!.split(' '))).toMatchObject({ command: 'bot', watch: true });
    expect(unit).toMatch(/^ProtectSystem=strict$/m);
    expect(unit).toMatch(/^ReadWritePaths=\S+\/seeds$/m);
    expect(unit).toMatch(/^ExecReload=\/bin\/kill -HUP \$MAINPID$/m);
  });

  it('keeps the extraction cache in the cache folder systemd makes writable, and signals only the main process', async () => {
    const { readFileSync } = await import('node:fs');
    const unit = readFileSync(join(import.meta.dirname, '..', '..', 'deploy', 'byline.service'), 'utf8');
    const dir = /^CacheDirectory=(\S+)$/m.exec(unit)?.[1];
    expect(dir).toBeDefined();
    expect(unit).toContain(`Environment=BYLINE_CACHE_DIR=/var/cache/${dir}\n`);
    expect(unit).toMatch(/^KillMode=mixed$/m);
  });
});
