// Byline's own folder in an XDG base folder: $XDG_CACHE_HOME (else ~/.cache) for the extraction cache,
// $XDG_STATE_HOME (else ~/.local/state) for the console's history. A relative path in either variable is
// ignored, as the XDG Base Directory specification says.
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

const BASES = { cache: ['XDG_CACHE_HOME', ['.cache']], state: ['XDG_STATE_HOME', ['.local', 'state']] } as const;

/** `<base>/byline` for the cache or the state base folder. */
export function xdgFolder(kind: keyof typeof BASES, env: Record<string, string | undefined>, home = homedir()): string {
  const [variable, fallback] = BASES[kind];
  const set = env[variable]?.trim();
  return join(set && isAbsolute(set) ? set : join(home, ...fallback), 'byline');
}
