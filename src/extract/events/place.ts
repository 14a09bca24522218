// Where an event took place: "in Yerevan", "visited Yerevan", "a visit to Baku", "Yerevan, where he met",
// an opening "In Moscow, …", or else the dateline ("JAMnews, Baku"; "MOSCOW (Reuters) -").
import type { Article } from '../../parse/article.js';
import type { Trigger } from './triggers.js';

const NAME = String.raw`(?:the\s+)?((?:[A-Z][\p{L}’'.-]+)(?:\s+(?:of\s+|de\s+|al-)?[A-Z][\p{L}’'.-]+){0,3})`;
const NOT_PLACE = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|The|This|That|His|Her|Their|He|She|It|They|We|I|President|Prime|Minister|Foreign|Mr|Mrs|Ms|Dr)\b/;

function clean(name: string | undefined, avoid: (s: string) => boolean): string | null {
  const n = name?.replace(/[.,’']+$/, '').trim();
  if (!n || NOT_PLACE.test(n) || avoid(n)) return null;
  return n;
}

/** The place named near a trigger, or null. `avoid` rejects names of people. */
export function placeNear(sentence: string, trigger: Trigger, avoid: (s: string) => boolean): string | null {
  const after = sentence.slice(trigger.end, trigger.end + 60);
  const direct = trigger.kind === 'visit' ? new RegExp(`^\\s+(?:to\\s+|in\\s+)?${NAME}`, 'u').exec(after) : null;
  const direct1 = clean(direct?.[1], avoid);
  if (direct1) return direct1;
  const prep = new RegExp(`^[^,;]*?\\b(?:in|at)\\s+${NAME}`, 'u').exec(after);
  const prep1 = clean(prep?.[1], avoid);
  if (prep1) return prep1;
  const before = sentence.slice(0, trigger.start);
  const where = new RegExp(`${NAME},?\\s+where\\s+[^,;]*$`, 'u').exec(before);
  const where1 = clean(where?.[1], avoid);
  if (where1) return where1;
  const opening = new RegExp(`^(?:In|At)\\s+${NAME},`, 'u').exec(sentence);
  return clean(opening?.[1], avoid);
}

const BODY_DATELINE = /^([A-Z][A-Z .'’-]{2,40}?)(?:,\s*[A-Z][\p{L}.]*(?:\s+\d{1,2})?)?\s*(?:\([^)]{1,40}\))?\s*[-—–]{1,2}\s/u;

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** The city of the dateline: the header's ("JAMnews, Baku") or the body's ("MOSCOW (Reuters) - …"). */
export function datelinePlace(article: Article): string | null {
  if (article.dateline) {
    const last = article.dateline.split(',').at(-1)?.trim();
    if (last && last !== article.dateline.trim() && /^\p{Lu}/u.test(last)) return last;
  }
  const first = article.paragraphs[0]?.text ?? '';
  const m = BODY_DATELINE.exec(first);
  return m ? titleCase(m[1]!.trim()) : null;
}
