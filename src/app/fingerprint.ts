// A short print of a seed file's text: enough to tell "changed" from "unchanged" between two reloads.

/** FNV-1a over the UTF-16 code units, with the length in front. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length}:${(h >>> 0).toString(16)}`;
}
