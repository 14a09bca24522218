// Meetings, visits, talks, calls, signings and other happenings, with participants, place and date. Every
// date of the body dates some event: one the sentence reports with a trigger word, or else an `other`
// happening described by the clause around the date.
import type { EventKind } from '../../model/contract.js';
import type { Article } from '../../parse/article.js';
import { fold } from '../../text/normalize.js';
import type { LocalDate, LocalEvent, LocalPerson } from '../types.js';
import { attachDates, placeDates } from './attachDates.js';
import { describeAround, describeTrigger } from './describe.js';
import { mentionFinder, type Mention } from './mentions.js';
import { linkedPlace, placeIn, placeNear, refersToVisit, type Place } from './place.js';
import { findTriggers, type Trigger } from './triggers.js';

/** A sentence whose subject is a pronoun ("he met …") refers to the person last named before it. */
const PRONOUN_SUBJECT = /\b(he|she|his|her)\b/i;

/** "Lavrov noted that Russia is committed to … the meeting in Moscow": an event inside what someone reports.
 *  Whoever reports it is not thereby a party to it. */
const REPORTED = /\b(?:said|says|noted|notes|stressed|added|told|announced|stated|explained|emphasi[sz]ed|warned|argued|insisted|claimed|recalled|reminded|wrote)\b[^.;]*?\bthat\b/gi;

/** Where the reported clause holding a trigger begins (0 when the trigger is not inside one). */
function reportedFrom(sentence: string, triggerStart: number): number {
  let from = 0;
  for (const m of sentence.slice(0, triggerStart).matchAll(REPORTED)) from = m.index + m[0].length;
  return from;
}

function participantsOf(kind: EventKind, t: Trigger, all: Mention[], previous: string | null, sentence: string): string[] {
  const from = reportedFrom(sentence, t.start);
  const mentions = all.filter((m) => m.start >= from);
  const keys = mentions.map((m) => m.key);
  const beforeTrigger = mentions.filter((m) => m.end <= t.start);
  // (inside a report only the report's own words can name who took part)
  const pronoun = from === 0 && (PRONOUN_SUBJECT.test(sentence.slice(0, t.start)) || beforeTrigger.length === 0);
  const agent = beforeTrigger.at(-1)?.key ?? (pronoun ? (mentions[0]?.key ?? previous) : null);
  // a visit or an arrival is one person's; a meeting or a call is everyone's the sentence names
  const list = kind === 'visit' ? (agent ? [agent] : []) : [...(agent ? [agent] : []), ...keys];
  return [...new Set(list)];
}

export function extractEvents(article: Article, people: LocalPerson[], allDates: LocalDate[]): LocalEvent[] {
  // a header dateline's date cites no sentence: it dates the filing, no event of the text
  const dates = article.dateline ? allDates.filter((d) => d.cite.text !== article.dateline) : allDates;
  const findMentions = mentionFinder(people);
  const personWords = new Set(people.flatMap((p) => [p.name, ...p.aliases]).flatMap((n) => fold(n).split(/\s+/)));
  const isPerson = (s: string): boolean => fold(s).split(/\s+/).some((w) => personWords.has(w));
  // the dates come in reading order, sentence by sentence: each sentence takes the run that cites it
  let next = 0;
  const out: LocalEvent[] = [];
  let previous: string | null = null;
  // the place of the story's visit, the first one placed (the lede's): "The main result of the visit was the
  // signing …" happened there, even after an earlier stop elsewhere is mentioned
  let visitPlace: Place | null = null;
  for (const p of article.paragraphs) {
    for (const s of p.sentences) {
      const cite = { paragraph: p.n, text: s.text };
      while (next < dates.length && dates[next]!.cite.paragraph < p.n) next++;
      const own: LocalDate[] = [];
      while (next < dates.length && dates[next]!.cite.paragraph === p.n && dates[next]!.cite.text === s.text) own.push(dates[next++]!);
      const placed = placeDates(s.text, own);
      // an identical sentence later in the paragraph keeps the dates this one has no room for
      if (placed.every((x, i) => x.date === own[i])) next -= own.length - placed.length;
      const triggers = findTriggers(s.text);
      const mentions = findMentions(s.text);
      const { dates: owned, unclaimed } = attachDates(s.text, triggers, placed);
      const seen = new Set<string>();
      let lastPlace: Place | null = null;
      triggers.forEach((t, k) => {
        const found = placeNear(s.text, t, isPerson) ?? linkedPlace(s.text, t, lastPlace) ?? (refersToVisit(s.text) ? visitPlace : null);
        lastPlace = found ?? lastPlace;
        if (t.kind === 'visit' && found) visitPlace ??= found;
        const place = found?.name ?? null;
        const date = owned[k] ?? null;
        const id = `${t.kind}|${date?.text ?? ''}|${date?.relation ?? ''}`;
        if (seen.has(id)) return;
        seen.add(id);
        const notPlace = (key: string): boolean => fold(people.find((x) => x.key === key)?.name ?? '') !== fold(place ?? '');
        out.push({
          kind: t.kind,
          what: describeTrigger(s.text, t.start),
          participants: participantsOf(t.kind, t, mentions.filter((m) => notPlace(m.key)), previous, s.text),
          place,
          date,
          cite,
        });
      });
      for (const d of unclaimed) {
        // a happening known only by its date: who and where come from the words that describe it
        // ("the entry of the Soviet army into Baku"), not from the rest of the sentence
        const what = describeAround(s.text, d.start, d.end);
        out.push({
          kind: 'other',
          what,
          participants: [...new Set(mentions.filter((m) => what.includes(s.text.slice(m.start, m.end))).map((m) => m.key))],
          place: placeIn(what, isPerson)?.name ?? null,
          date: { text: d.date.text, start: d.date.start, end: d.date.end, precision: d.date.precision, relation: d.date.relation },
          cite,
        });
      }
      previous = mentions.at(-1)?.key ?? previous;
    }
  }
  return out;
}
