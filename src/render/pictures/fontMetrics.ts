// Text widths from a TrueType font's own tables (cmap: character to glyph; hmtx: glyph advance), so labels
// are fitted and cut to the width the rasteriser will actually draw. Kerning is left out: it only narrows
// text, so a label measured this way never overflows.

export interface FontMetrics {
  /** Width in pixels of `text` set at `size` pixels. */
  width(text: string, size: number): number;
  /** Whether the font has a glyph for this code point. */
  has(codePoint: number): boolean;
}

class FontFormatError extends Error {}

function tables(view: DataView): Map<string, { offset: number; length: number }> {
  const n = view.getUint16(4);
  const out = new Map<string, { offset: number; length: number }>();
  for (let k = 0; k < n; k++) {
    const at = 12 + 16 * k;
    const tag = String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
    out.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  return out;
}

/** cmap subtable format 12 (any code point) or 4 (the Basic Multilingual Plane) as a lookup. */
function glyphLookup(view: DataView, cmap: number): (cp: number) => number {
  const count = view.getUint16(cmap + 2);
  let format4 = -1;
  let format12 = -1;
  for (let k = 0; k < count; k++) {
    const platform = view.getUint16(cmap + 4 + 8 * k);
    const encoding = view.getUint16(cmap + 6 + 8 * k);
    const sub = cmap + view.getUint32(cmap + 8 + 8 * k);
    const format = view.getUint16(sub);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12 && format12 < 0) format12 = sub;
    if (format === 4 && format4 < 0) format4 = sub;
  }
  if (format12 >= 0) {
    const groups = view.getUint32(format12 + 12);
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const at = format12 + 16 + 12 * mid;
        if (cp < view.getUint32(at)) hi = mid - 1;
        else if (cp > view.getUint32(at + 4)) lo = mid + 1;
        else return view.getUint32(at + 8) + cp - view.getUint32(at);
      }
      return 0;
    };
  }
  if (format4 < 0) throw new FontFormatError('the font has no Unicode character map (cmap format 4 or 12)');
  const segs = view.getUint16(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + 2 * segs + 2;
  const deltas = starts + 2 * segs;
  const ranges = deltas + 2 * segs;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let k = 0; k < segs; k++) {
      if (cp > view.getUint16(ends + 2 * k)) continue;
      const start = view.getUint16(starts + 2 * k);
      if (cp < start) return 0;
      const delta = view.getInt16(deltas + 2 * k);
      const range = view.getUint16(ranges + 2 * k);
      if (range === 0) return (cp + delta) & 0xffff;
      const g = view.getUint16(ranges + 2 * k + range + 2 * (cp - start));
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
}

/** Reads a TrueType/OpenType font's widths. Throws on a file that is not one. */
export function fontMetrics(data: Uint8Array): FontMetrics {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const t = tables(view);
  const head = t.get('head');
  const hhea = t.get('hhea');
  const hmtx = t.get('hmtx');
  const cmap = t.get('cmap');
  if (!head || !hhea || !hmtx || !cmap) throw new FontFormatError('not a TrueType or OpenType font (head, hhea, hmtx or cmap missing)');
  const unitsPerEm = view.getUint16(head.offset + 18);
  const metrics = view.getUint16(hhea.offset + 34);
  const glyph = glyphLookup(view, cmap.offset);
  const advance = (g: number) => view.getUint16(hmtx.offset + 4 * Math.min(g, metrics - 1));
  const cache = new Map<number, number>();
  const units = (cp: number) => {
    let w = cache.get(cp);
    if (w === undefined) cache.set(cp, (w = advance(glyph(cp))));
    return w;
  };
  return {
    width(text, size) {
      let sum = 0;
      for (const ch of text) sum += units(ch.codePointAt(0)!);
      return (sum * size) / unitsPerEm;
    },
    has: (cp) => glyph(cp) !== 0,
  };
}
