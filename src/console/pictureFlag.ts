// `--picture FILE` on a console line ("/when Lavrov --picture t.png"): taken off the line before it is read
// as a command. FILE may be quoted when it holds spaces.
export interface PictureFlag { line: string; picture: string | null; error: string | null }

const FLAG = /(?:^|\s)--picture(?:\s+("[^"]*"|'[^']*'|\S+))?\s*/;

export function splitPictureFlag(raw: string): PictureFlag {
  const m = FLAG.exec(raw);
  if (!m) return { line: raw, picture: null, error: null };
  const line = `${raw.slice(0, m.index)} ${raw.slice(m.index + m[0].length)}`.trim();
  const file = m[1]?.replace(/^(["'])(.*)\1$/, '$2').trim();
  if (!file) return { line, picture: null, error: '--picture needs a file name: /when Lavrov --picture t.png' };
  return { line, picture: file, error: null };
}
