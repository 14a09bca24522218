// The scraped-text header: the short lines between the headline and the first body paragraph (outlet,
// dateline, `Published:`, `Date:`, `URL:`, `Author:` lines).
import { isBoilerplate } from './boilerplate.js';
import { parsePublishedDate } from './publishedDate.js';

export interface Header {
  outlet: string | null;
  dateline: string | null;
  published: string | null;
  url: string | null;
  author: string | null;
  /** Lines read but not taken, worded for `check-seeds` ("line 4: Published: '2024-02-30' is not a real date…"). */
  warnings: string[];
  /** Index of the first line after the header. */
  bodyStartLine: number;
}

const MAX_HEADER_LINES = 8;

// The wire dateline: where and often when the story was filed ("BEIJING, March 3 (Xinhua) --", "NEW YORK, Jan. 5
// (Reuters) -", "WASHINGTON (AP) _", "PARIS, Aug 31 —"), on a header line of its own or opening the first paragraph.
// A place in capitals (a region may follow a comma), an optional date and agency, then the wires' dash or
// underscore; the agency or the dash must be there, since a line in capitals alone is a heading.
const PLACE = String.raw`\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,\s*\p{Lu}[\p{L}.'’ ]{1,30}){0,2}`;
const FILED = String.raw`(?:,\s*[\p{L}.]{3,10}\s+\d{1,2}(?:,\s*\d{4})?|,\s*\d{1,2}\s+[\p{L}.]{3,10}(?:\s+\d{4})?)`;
const AGENCY = String.raw`\s*\([^()\n]{1,40}\)`;
const DASH = String.raw`\s*(?:--|[\u2014\u2013\u2015_-])`;
const DATELINE_HEAD = new RegExp(String.raw`^\s*${PLACE}${FILED}?(?:${AGENCY}(?:${DASH})?|${DASH})`, 'u');
const DATELINE_LINE = new RegExp(String.raw`${DATELINE_HEAD.source}\s*$`, 'u');

/** A header line that is a dateline and nothing else. */
export function isDatelineLine(line: string): boolean {
  return line.length <= 80 && DATELINE_LINE.test(line);
}

/** Where a dateline that opens `text` ends, 0 when none does. A place and a dash alone count only before prose
 *  that starts with a capital ("LONDON - The pound fell"), not in a sentence ("U.S.-Iran talks"). */
export function datelineEnd(text: string): number {
  const m = DATELINE_HEAD.exec(text.slice(0, 120));
  if (!m) return 0;
  return /[(,]/.test(m[0]) || /^\s+\p{Lu}/u.test(text.slice(m[0].length)) ? m[0].length : 0;
}
const KEYED = /^(published|date|updated|posted|url|link|source|author|by|byline)\s*:\s*(.*)$/i;

/** A header line is short and reads as a label, not as prose. */
function isHeaderish(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 80 || isBoilerplate(t)) return false;
  if (KEYED.test(t)) return true;
  if (/[.!?"”»:;]$/u.test(t) && !/^by\s/i.test(t)) return false;
  return t.split(/\s+/).length <= 8;
}

export function readHeader(lines: string[], afterHeadline: number): Header {
  const h: Header = { outlet: null, dateline: null, published: null, url: null, author: null, warnings: [], bodyStartLine: afterHeadline };
  let taken = 0;
  let i = afterHeadline;
  for (; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (!t) continue;
    if (taken >= MAX_HEADER_LINES || !isHeaderish(t)) break;
    taken++;
    const keyed = KEYED.exec(t);
    if (keyed) {
      const key = keyed[1]!.toLowerCase();
      const value = keyed[2]!.trim();
      if (key === 'published' || key === 'date' || key === 'posted' || (key === 'updated' && !h.published)) {
        const date = parsePublishedDate(value);
        if (!date && value) {
          const v = value.slice(0, 40);
          h.warnings.push(`line ${i + 1}: ${keyed[1]}: '${v}' is not a real date (write YYYY-MM-DD); not taken as the publication date`);
        }
        h.published = h.published && key !== 'published' ? h.published : (date ?? h.published);
      } else if (key === 'url' || key === 'link' || key === 'source') {
        if (/^https?:\/\//i.test(value)) h.url = value;
        else if (key === 'source' && !h.outlet) h.outlet = value || null;
      } else {
        h.author = value || null;
      }
    } else if (/^by\s+\S/i.test(t)) {
      h.author = t.slice(3).trim();
    } else if (!h.dateline && isDatelineLine(t)) {
      h.dateline = t;
    } else if (!h.outlet) {
      h.outlet = t;
    } else if (!h.dateline) {
      h.dateline = t;
    }
  }
  h.bodyStartLine = i;
  return h;
}
