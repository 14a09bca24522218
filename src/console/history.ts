// The console's history file: where it lives (BYLINE_HISTORY_FILE, else the XDG state folder), read at start,
// appended a line at a time. A history that cannot be read or written costs only the history, never the session.
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { xdgFolder } from '../config/xdg.js';

/** Lines kept, in the file and in readline's memory. */
export const HISTORY_MAX = 500;

export function historyPath(env: Record<string, string | undefined>, home: string): string {
  if (env.BYLINE_HISTORY_FILE?.trim()) return env.BYLINE_HISTORY_FILE.trim();
  return join(xdgFolder('state', env, home), 'history');
}

/** The saved lines, newest first (readline's order); none when the file is missing or unreadable. */
export async function readHistory(path: string): Promise<string[]> {
  try {
    const lines = (await readFile(path, 'utf8')).split('\n').filter((l) => l.trim());
    const kept = lines.slice(-HISTORY_MAX);
    // keep the file from growing without end: rewrite it with what is kept, once, at start
    if (kept.length < lines.length) await writeFile(path, kept.join('\n') + '\n').catch(() => undefined);
    return kept.reverse();
  } catch {
    return [];
  }
}

export async function appendHistory(path: string, line: string): Promise<void> {
  const t = line.replace(/[\r\n]+/g, ' ').trim();
  if (!t) return;
  try {
    await mkdir(dirname(path), { recursive: true });
    await appendFile(path, t + '\n', { mode: 0o600 });
  } catch {
    // a read-only home: the session goes on without saving history
  }
}
