// Quoted spans in a paragraph, for every quoting style: “…”, "…", «…», „…“, ``…'', and British ‘…’ / '…'
// where the single mark is a quote and not an apostrophe. One left-to-right pass over the marks: linear in
// the paragraph whatever the number of unbalanced marks. A span still open at the paragraph's end is
// reported as `open` (the news convention for a quote that goes on in the next paragraph).

export interface QuoteSpan {
  /** Offsets of the quoted words, without the marks. */
  start: number;
  end: number;
  /** Offsets including the marks (the end is the paragraph's end for an open span). */
  outerStart: number;
  outerEnd: number;
  /** No closing mark before the paragraph's end. */
  open: boolean;
  /** Single marks (‘…’ or '…'). */
  single: boolean;
}

type Role = 'open' | 'close' | 'either';
interface Mark { pos: number; len: number; role: Role }

const SPACE_BEFORE = /[\s([{\u2014\u2013\-/]/;
const PUNCT_AFTER = /[\s,.;:!?)\]}\u2014\u2013\-\u2026]/;

function isSpaceBefore(text: string, pos: number): boolean {
  return pos === 0 || SPACE_BEFORE.test(text[pos - 1]!);
}
function isPunctAfter(text: string, pos: number): boolean {
  return pos >= text.length || PUNCT_AFTER.test(text[pos]!);
}

function doubleMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\u201c' || c === '\u00ab' || c === '\u201e') marks.push({ pos: i, len: 1, role: c === '\u201c' ? 'either' : 'open' });
    else if (c === '\u201d' || c === '\u00bb') marks.push({ pos: i, len: 1, role: 'close' });
    else if (c === '`' && text[i + 1] === '`') { marks.push({ pos: i, len: 2, role: 'open' }); i++; }
    else if (c === '"' || (c === "'" && text[i + 1] === "'")) {
      // straight marks, and '' (which transcripts use to open as well as to close): the side is the context
      const len = c === '"' ? 1 : 2;
      const before = isSpaceBefore(text, i);
      const after = isPunctAfter(text, i + len);
      marks.push({ pos: i, len, role: before && !after ? 'open' : after && !before ? 'close' : 'either' });
      i += len - 1;
    }
  }
  return marks;
}

/** Quoting styles pair only within themselves, so a “…” nested in "…" does not close it. */
function family(text: string, m: Mark, backticks: boolean): number {
  const c = text[m.pos]!;
  if (c === '`' || (c === "'" && backticks)) return 1;
  if (c === '"' || c === "'") return 0;
  if (c === '\u00ab' || c === '\u00bb') return 2;
  return 3;
}

/** Pairs marks left to right. “ opens, except that it closes a „ quote (German style). */
interface Paired { spans: QuoteSpan[]; clean: boolean }

function pair(text: string, marks: Mark[], single: boolean, continuing: boolean): Paired {
  const out: QuoteSpan[] = [];
  let clean = true;
  // a quote running on from the previous paragraph without a new opening mark: it opens at the start
  const first = marks[0];
  const carried =
    continuing && first !== undefined && (first.role === 'close' || (first.role === 'either' && isPunctAfter(text, first.pos + first.len)));
  let openAt: Mark | null = carried ? { pos: 0, len: 0, role: 'open' } : null;
  let lowOpener = false;
  const emit = (o: Mark, closeAt: number, closeLen: number, open: boolean) => {
    const start = o.pos + o.len;
    if (closeAt > start) out.push({ start, end: closeAt, outerStart: o.pos, outerEnd: closeAt + closeLen, open, single });
  };
  for (const m of marks) {
    if (!openAt) {
      if (m.role === 'close' && !(isSpaceBefore(text, m.pos) && !isPunctAfter(text, m.pos + m.len))) { clean = false; continue; }
      openAt = m;
      lowOpener = text[m.pos] === '\u201e';
      continue;
    }
    const closes = m.role === 'close' || m.role === 'either' || (lowOpener && text[m.pos] === '\u201c');
    if (
      closes &&
      !(m.role === 'either' && text[m.pos] === '\u201c' && !lowOpener && isSpaceBefore(text, m.pos) && !isPunctAfter(text, m.pos + 1))
    ) {
      emit(openAt, m.pos, m.len, false);
      openAt = null;
    } else {
      // a second opener before any closer: the first quote never closed; it ends where the next begins
      clean = false;
      emit(openAt, m.pos, 0, true);
      openAt = m;
      lowOpener = text[m.pos] === '\u201e';
    }
  }
  if (openAt) emit(openAt, text.length, 0, true);
  return { spans: out, clean };
}

/** Single-mark quotes outside the double-quoted spans: an opener at a word's start, closed by the first
 *  mark that ends a word and is not an apostrophe inside one ("don’t") or, where a better one exists, a
 *  plural possessive ("voters’"). */
function singleSpans(text: string, doubles: QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let d = 0;
  let i = 0;
  while (i < text.length) {
    while (d < doubles.length && doubles[d]!.outerEnd <= i) d++;
    if (d < doubles.length && doubles[d]!.outerStart <= i) { i = doubles[d]!.outerEnd; continue; }
    const c = text[i]!;
    if ((c === '\u2018' || c === "'") && isSpaceBefore(text, i) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) {
      const limit = d < doubles.length ? doubles[d]!.outerStart : text.length;
      let weak = -1;
      let strong = -1;
      for (let j = i + 2; j < limit; j++) {
        const e = text[j]!;
        if (e !== '\u2019' && e !== "'") continue;
        if (/[\p{L}\p{N}]/u.test(text[j + 1] ?? '')) continue; // "don’t", "Russia’s"
        if (/[.,!?;:\u2026]/.test(text[j - 1]!) || /[,.;:!?)\u2014]/.test(text[j + 1] ?? '') || j + 1 >= text.length) { strong = j; break; }
        if (weak < 0 && text[j - 1] !== 's') weak = j;
      }
      const close = strong >= 0 ? strong : weak;
      if (close > i + 1) {
        out.push({ start: i + 1, end: close, outerStart: i, outerEnd: close + 1, open: false, single: true });
        i = close + 1;
        continue;
      }
      // no closer up to the limit: no later opener before it has one either (keeps the pass linear)
      i = Math.max(i + 1, limit);
      continue;
    }
    i++;
  }
  return out;
}

/** `continuing`: the previous paragraph ended inside a quote, so a closing mark before any opening one
 *  closes that quote. */
export function findQuoteSpans(text: string, continuing = false): QuoteSpan[] {
  const marks = doubleMarks(text);
  const backticks = marks.some((m) => text[m.pos] === '`');
  const styles = [0, 1, 2, 3].map((f) => marks.filter((m) => family(text, m, backticks) === f)).filter((ms) => ms.length > 0);
  const byStyle = styles.map((ms) => pair(text, ms, false, continuing));
  // styles pair apart when each balances; a scrape mixing "…” in one quote pairs them all together
  const all = (byStyle.every((p) => p.clean) ? byStyle.flatMap((p) => p.spans) : pair(text, marks, false, continuing).spans)
    .sort((a, b) => a.outerStart - b.outerStart || b.outerEnd - a.outerEnd);
  // a quote inside another (a different style nested) belongs to the outer one
  const doubles: QuoteSpan[] = [];
  for (const sp of all) if (!doubles.length || sp.outerStart >= doubles.at(-1)!.outerEnd) doubles.push(sp);
  const singles = singleSpans(text, doubles);
  return [...doubles, ...singles].sort((a, b) => a.start - b.start);
}

/** True when the paragraph opens with a quotation mark (a continued quote's next paragraph does). */
export function opensWithQuote(text: string): boolean {
  return /^[\u201c\u00ab\u201e"\u2018']|^``/.test(text);
}
