// SVG written as text: escaping for hostile article text, a few element helpers, and labels fitted to a
// width with the font's own metrics.
import type { FontMetrics } from './fontMetrics.js';

/** Characters XML 1.0 forbids, lone surrogates, and bidirectional controls (an override in an outlet's name
 *  would turn the rest of a label around). */
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text safe inside an SVG element or attribute, on one line. */
export function esc(text: string): string {
  return text.replace(UNSAFE, '').replace(/\s+/g, ' ')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const num = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

export type Attrs = Record<string, string | number | undefined>;

function attrs(a: Attrs): string {
  return Object.entries(a).filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : esc(v!)}"`).join('');
}

export function el(name: string, a: Attrs, children = ''): string {
  return children ? `<${name}${attrs(a)}>${children}</${name}>` : `<${name}${attrs(a)}/>`;
}

export interface TextStyle {
  size: number;
  bold?: boolean;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
  italic?: boolean;
}

export function text(x: number, y: number, content: string, s: TextStyle): string {
  return el('text', {
    x, y, 'font-size': s.size, 'font-weight': s.bold ? 'bold' : undefined, fill: s.fill ?? '#1f2328',
    'text-anchor': s.anchor && s.anchor !== 'start' ? s.anchor : undefined,
  }, esc(content));
}

export interface Measure {
  width(text: string, size: number, bold?: boolean): number;
  /** The text, cut at a word (or a character) and ended with "…" to fit `max` pixels. */
  fit(text: string, size: number, max: number, bold?: boolean): string;
}

export function measure(regular: FontMetrics, bold: FontMetrics): Measure {
  const width = (t: string, size: number, b = false) => (b ? bold : regular).width(t, size);
  return {
    width,
    fit(t, size, max, b = false) {
      const one = t.replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
      if (width(one, size, b) <= max) return one;
      const chars = [...one];
      let lo = 0;
      let hi = chars.length;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (width(chars.slice(0, mid).join('') + '…', size, b) <= max) lo = mid; else hi = mid - 1;
      }
      let head = chars.slice(0, lo).join('');
      const space = head.lastIndexOf(' ');
      if (space > head.length * 0.6) head = head.slice(0, space);
      return head ? `${head.replace(/[\s,;:.–—-]+$/, '')}…` : '';
    },
  };
}
