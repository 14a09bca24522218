// `--watch`: reload when the seeds folder changes. Editors and copy tools write in bursts (temp file, rename,
// several chunks), so changes are debounced: one reload once the folder has been quiet for `quietMs`.
// Hidden files and files that are not articles do not count.
import { watch, type FSWatcher } from 'node:fs';
import { extname } from 'node:path';

export interface SeedWatcher { close(): void }

export interface WatchOptions {
  quietMs?: number;
  onError?: (err: Error) => void;
}

const ARTICLE = new Set(['.txt', '.md']);

export function isArticleChange(name: string | null): boolean {
  // some platforms give no name: count it, a spurious reload is cheap next to a missed one
  if (name === null) return true;
  return !name.startsWith('.') && ARTICLE.has(extname(name).toLowerCase());
}

export function watchSeeds(dir: string, onChange: () => void, opts: WatchOptions = {}): SeedWatcher {
  const quietMs = opts.quietMs ?? 750;
  let timer: NodeJS.Timeout | null = null;
  const watcher: FSWatcher = watch(dir, { persistent: false }, (_event, name) => {
    if (!isArticleChange(name === null ? null : String(name))) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      onChange();
    }, quietMs);
  });
  watcher.on('error', (err) => opts.onError?.(err));
  return {
    close() {
      if (timer) clearTimeout(timer);
      timer = null;
      watcher.close();
    },
  };
}
