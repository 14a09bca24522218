// Paths to the project's own fixtures and seeds (tests never read ../shared).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SEEDS = join(ROOT, 'seeds');
export const SAMPLE = '000_6577e324ac2f8b81.txt';
export const FIXTURES = join(ROOT, 'tests', 'fixtures');

export const readSeed = (name: string) => readFileSync(join(SEEDS, name), 'utf8');
export const readFixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
