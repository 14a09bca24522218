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
    } else if (!h.outlet) {
      h.outlet = t;
    } else if (!h.dateline) {
      h.dateline = t;
    }
  }
  h.bodyStartLine = i;
  return h;
}
