// Text as scraped is often damaged in two ways a reader never sees: decomposed letters ("A" + combining
// tilde) and mojibake, UTF-8 read as Windows-1252 once or twice ("FranÃ§ois", "donâ€™t"). Both split
// names and words for every later stage, so the file's text is repaired once, here. Pure, linear.

/** Windows-1252's characters in 0x80-0x9F, by code point, back to their byte. */
const CP1252: ReadonlyMap<number, number> = new Map(
  [0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
    0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178]
    .map((cp, k): [number, number] => [cp, 0x80 + k]).filter(([cp]) => cp !== 0),
);

/** A lead byte of a two-to-four-byte UTF-8 sequence, read as a Latin-1/1252 character, then its continuation
 *  bytes (0x80-0xBF, or the 1252 characters standing for them). */
const CONT = '[\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D'
  + '\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178]';
const MOJIBAKE = new RegExp(`(?:[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3})+`, 'g');
const strict = new TextDecoder('utf-8', { fatal: true });

function byteOf(ch: string): number | undefined {
  const cp = ch.codePointAt(0)!;
  return cp <= 0xff ? cp : CP1252.get(cp);
}

/** One round of decoding runs that are valid UTF-8 once turned back into bytes; others stay as they are. */
function decodeRound(text: string): string {
  return text.replace(MOJIBAKE, (run) => {
    const bytes: number[] = [];
    for (const ch of run) {
      const b = byteOf(ch);
      if (b === undefined) return run;
      bytes.push(b);
    }
    try {
      return strict.decode(new Uint8Array(bytes));
    } catch {
      return run;
    }
  });
}

/** C0 and C1 control characters other than tab and newline: never text. */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function repairText(text: string): string {
  let out = text.normalize('NFC');
  // twice-encoded text needs two rounds; a third would find nothing new
  for (let round = 0; round < 3; round++) {
    const next = decodeRound(out);
    if (next === out) break;
    out = next;
  }
  return out.replace(CONTROLS, '').normalize('NFC');
}
