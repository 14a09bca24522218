// Reported speech in the headline ("Trump Says He Never Pledged To Kill Family Members", "The Latest: Mourners
// Say …"): the names before a verb of saying, the rest of the headline's clause the report. Headlines are set in
// title case, so the speaker is read from the people the body names, never guessed: a headline whose subject
// names no one in the article reports nothing.
import type { Article } from '../../parse/article.js';
import { wordTokens, type Tok } from '../people/wordTokens.js';
import type { LocalPerson, LocalQuote } from '../types.js';
import { HEADLINE_VERBS } from '../lexicon/lists.js';
import { trimContent } from './trimContent.js';

/** Most words a headline's subject may hold ("Democratic Presidential Candidate Bernie Sanders"). */
const SUBJECT_WORDS = 5;

/** The person of the article a headline's subject names: by full name, alias or surname. */
function personNamed(subject: Tok[], people: Iterable<LocalPerson>): LocalPerson | null {
  const last = subject.at(-1)!.lower.replace(/'s$/, '');
  const text = subject.map((t) => t.lower).join(' ');
  let found: LocalPerson | null = null;
  for (const p of people) {
    const names = [p.name, ...p.aliases].map((n) => n.toLowerCase());
    const hit = names.some((n) => n === text || text.endsWith(` ${n}`) || n.split(/\s+/).at(-1) === last);
    // (two people of that surname: the headline does not say which)
    if (hit && found && found.key !== p.key) return null;
    if (hit) found = p;
  }
  return found;
}

/** The headline's report, or null when it has none. */
export function headlineQuote(article: Article, people: Iterable<LocalPerson>): LocalQuote | null {
  const title = article.title;
  const toks = wordTokens(title);
  // ("The Latest: Mourners Say …": the subject opens after a colon)
  const colon = title.lastIndexOf(':', 40);
  const from = colon > 0 ? toks.findIndex((t) => t.start > colon) : 0;
  if (from < 0) return null;
  for (let v = from + 1; v < toks.length && v - from <= SUBJECT_WORDS; v++) {
    if (!HEADLINE_VERBS.has(toks[v]!.lower)) {
      if (!toks[v]!.cap || /[,;"\u201c\u201d\u2018\u2019?!]/.test(title.slice(toks[v - 1]!.end, toks[v]!.start))) return null;
      continue;
    }
    const subject = toks.slice(from, v);
    if (subject.length === 0 || !subject.every((t) => t.cap) || /[,;:"\u201c\u201d?!]/.test(title.slice(subject[0]!.start, toks[v]!.start))) return null;
    const person = personNamed(subject, people);
    if (!person) return null;
    // the report runs to the end of its clause: "Clinton Says Russians Hacked DNC, Calls Trump's Remarks …"
    const rest = title.slice(toks[v]!.end);
    const stop = rest.search(/[,;]\s|\s[\u2014\u2013-]{1,2}\s|\s\|\s/);
    const r = trimContent(title, toks[v]!.end, stop >= 0 ? toks[v]!.end + stop : title.length);
    if (!r) return null;
    const text = title.slice(r.start, r.end);
    return { speaker: person.key, text, kind: 'indirect', cite: { paragraph: 1, text: title, headline: true }, cue: toks[v]!.text };
  }
  return null;
}
