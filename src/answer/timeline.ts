// A person's dated events across the archive, as data for a picture: one mark per event (the same kind,
// date and place reported by several articles is one mark with every article behind it), each date kept at
// the precision the articles give. Events whose year the article does not give, and events with no date at
// all, are kept apart: they cannot be placed among years, and are never given one.
import type { DateRef, Event, EventKind, Evidence, Person, WhenAnswer } from '../model/contract.js';
import type { Library } from '../library/library.js';
import { oneEditApart } from '../text/edits.js';
import { fold } from '../text/normalize.js';
import { STOPWORDS } from '../text/tokens.js';

const DAY_MS = 86_400_000;
/** A year with a 29 February, on which "year not given" dates are placed by month and day. */
export const YEARLESS_YEAR = 2000;

export type MarkDate =
  /** Days since 1970-01-01 (UTC) of the first and the last day the date covers. */
  | { kind: 'dated'; from: number; to: number; precision: 'day' | 'month' | 'year' }
  /** The same, in YEARLESS_YEAR: only month and day are known. */
  | { kind: 'year-unknown'; from: number; to: number }
  | { kind: 'undated' };

export interface TimelineMark {
  date: MarkDate;
  relation: DateRef['relation'];
  /** The date as the article writes it ("May 5-6"), and its resolved value ("2024-05-05/2024-05-06"). */
  dateText: string | null;
  value: string | null;
  kind: EventKind;
  place: string | null;
  what: string;
  participants: string[];
  /** Every article reporting it, the earliest published first. */
  evidence: Evidence[];
}

export interface Timeline {
  query: string;
  /** Whose events these are, when the timeline is a person's. */
  person: { id: string; name: string } | null;
  title: string;
  /** In time order. */
  dated: TimelineMark[];
  /** By month and day. */
  yearUnknown: TimelineMark[];
  /** Most reported first. */
  undated: TimelineMark[];
  notFound: string | null;
}

export const dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;

/** "2024-05-11" of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The first and last day a contract date value covers, and whether its year is known. */
function spanOf(value: string): { from: number; to: number; precision: 'day' | 'month' | 'year'; yearless: boolean } | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
    const d = dayNumber(+m[1]!, +m[2]!, +m[3]!);
    return { from: d, to: d, precision: 'day', yearless: false };
  }
  if ((m = /^--(\d{2})-(\d{2})$/.exec(value))) {
    const d = dayNumber(YEARLESS_YEAR, +m[1]!, +m[2]!);
    return { from: d, to: d, precision: 'day', yearless: true };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const y = +m[1]!; const mo = +m[2]!;
    return { from: dayNumber(y, mo, 1), to: dayNumber(y, mo, lastDayOfMonth(y, mo)), precision: 'month', yearless: false };
  }
  if ((m = /^(\d{4})$/.exec(value))) {
    const y = +m[1]!;
    return { from: dayNumber(y, 1, 1), to: dayNumber(y, 12, 31), precision: 'year', yearless: false };
  }
  return null;
}

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

/** Where a date goes on the picture: a day or a span among years, by month and day only, or nowhere. */
export function markDate(d: DateRef | null): MarkDate {
  const start = d?.start ? spanOf(d.start) : null;
  if (!start) return { kind: 'undated' };
  const end = d?.end ? spanOf(d.end) : null;
  // an end of the other sort (a year on one side only) or before the start says nothing usable
  const to = end && end.yearless === start.yearless && end.to >= start.from ? end.to : start.to;
  if (start.yearless) return { kind: 'year-unknown', from: start.from, to };
  const precision =
    end && end.yearless === start.yearless && PRECISION_RANK[end.precision] > PRECISION_RANK[start.precision]
      ? end.precision
      : start.precision;
  return { kind: 'dated', from: start.from, to, precision };
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byPublished = (a: Evidence, b: Evidence) =>
  order(a.published ?? '\uffff', b.published ?? '\uffff') || order(a.article, b.article) || a.paragraph - b.paragraph;

/** Events into marks: one per kind, date, relation and place; the articles behind each, earliest first. */
export function groupEvents(events: readonly Event[]): TimelineMark[] {
  const marks = new Map<string, { mark: TimelineMark; articles: Set<string>; people: Set<string> }>();
  for (const e of events) {
    const date = markDate(e.date);
    const place = e.place ? fold(e.place) : '';
    // undated events of one kind and place cannot be told apart by date; their words tell them apart
    const key = date.kind === 'undated'
      ? `u|${e.kind}|${place}|${fold(e.what)}`
      : `${date.kind}|${date.from}|${date.to}|${e.date!.relation}|${e.kind}|${place}`;
    const found = marks.get(key);
    if (found) {
      if (!found.articles.has(e.evidence.article)) { found.articles.add(e.evidence.article); found.mark.evidence.push(e.evidence); }
      for (const p of e.participants) if (!found.people.has(p)) { found.people.add(p); found.mark.participants.push(p); }
      continue;
    }
    const start = e.date?.start ?? null;
    const end = e.date?.end && e.date.end !== start ? e.date.end : null;
    const mark: TimelineMark = {
      date, relation: e.date?.relation ?? 'on', dateText: e.date?.text ?? null, value: start ? (end ? `${start}/${end}` : start) : null,
      kind: e.kind, place: e.place, what: e.what, participants: [...e.participants], evidence: [e.evidence],
    };
    marks.set(key, { mark, articles: new Set([e.evidence.article]), people: new Set(e.participants) });
  }
  const out = [...marks.values()].map((m) => m.mark);
  for (const m of out) if (m.evidence.length > 1) m.evidence.sort(byPublished);
  return out;
}

const startOf = (m: TimelineMark) => (m.date.kind === 'undated' ? 0 : m.date.from);
const endOf = (m: TimelineMark) => (m.date.kind === 'undated' ? 0 : m.date.to);

/** Marks sorted and set apart by what is known of their dates. */
export function timelineOf(query: string, title: string, person: Timeline['person'], events: readonly Event[]): Timeline {
  const marks = groupEvents(events);
  const inOrder = (a: TimelineMark, b: TimelineMark) =>
    startOf(a) - startOf(b) || endOf(a) - endOf(b) || b.evidence.length - a.evidence.length;
  const dated = marks.filter((m) => m.date.kind === 'dated').sort(inOrder);
  const yearUnknown = marks.filter((m) => m.date.kind === 'year-unknown').sort(inOrder);
  const undated = marks
    .filter((m) => m.date.kind === 'undated')
    .sort((a, b) => b.evidence.length - a.evidence.length || a.what.localeCompare(b.what));
  const notFound = marks.length
    ? null
    : person
      ? `The loaded articles report no events of ${person.name}.`
      : 'No event in the loaded articles matches this.';
  return { query, person, title, dated, yearUnknown, undated, notFound };
}

/** Every event the library gives this person a part in. */
export function eventsOf(lib: Library, person: Pick<Person, 'name'>): Event[] {
  const index = lib.eventIndex;
  // the shortest list of events for one word of the name, then the exact name among the participants
  let best: number[] | null = null;
  for (const w of fold(person.name).split(/[^\p{L}\p{N}]+/u).filter((x) => x.length >= 3)) {
    const list = index.byParticipant(w);
    if (!best || list.length < best.length) best = list;
  }
  const keys = best ?? index.events.map((_, k) => k);
  return keys.map((k) => index.events[k]!).filter((e) => e.participants.includes(person.name));
}

/** How many events the library gives this person a part in (for suggestions). */
export function eventCount(lib: Library, person: Pick<Person, 'name'>): number {
  return eventsOf(lib, person).length;
}

/** Persons scoring below this are no match for a typed name. */
const PERSON_MIN_SCORE = 0.6;

/** The person a name, alias or role names ("Lavrov", "Sergey Lavrov", "the Russian foreign minister"). */
export function findPerson(lib: Library, name: string): Person | null {
  const hit = lib.peopleIndex.find(name.trim(), 1)[0];
  return hit && hit.score >= PERSON_MIN_SCORE ? hit.person : null;
}

/** A person's timeline: every event across the archive with them in it. */
export function personTimeline(lib: Library, name: string): Timeline {
  const query = name.trim();
  const person = query ? findPerson(lib, query) : null;
  if (!person) {
    return {
      query,
      person: null,
      title: query,
      dated: [],
      yearUnknown: [],
      undated: [],
      notFound: query ? 'No person of that name in the loaded articles.' : 'Name a person.',
    };
  }
  return timelineOf(query, person.name, { id: person.id, name: person.name }, eventsOf(lib, person));
}

const QUESTION_WORDS = new Set(['when', 'date', 'day', 'happen', 'happened', 'events', 'event', 'timeline']);

const nameWords = (s: string) => fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The person a `when` query names and nothing else ("Lavrov", "when did Sergei Lavrov"), or null. */
export function personAlone(lib: Library, query: string): Person | null {
  const words = nameWords(query).filter((w) => !STOPWORDS.has(w) && !QUESTION_WORDS.has(w));
  if (words.length === 0 || words.length > 4) return null;
  const person = findPerson(lib, words.join(' '));
  if (!person) return null;
  const own = new Set([person.name, ...person.aliases].flatMap(nameWords));
  const named = (w: string) => own.has(w) || (w.length >= 4 && [...own].some((o) => o.length >= 4 && oneEditApart(w, o)));
  return words.every(named) ? person : null;
}

/** The picture of a `when` answer: the person's whole timeline when the query names a person alone, else
 *  the events the answer found. */
export function whenTimeline(lib: Library, answer: WhenAnswer): Timeline {
  const person = personAlone(lib, answer.query);
  if (person) return timelineOf(answer.query, person.name, { id: person.id, name: person.name }, eventsOf(lib, person));
  return timelineOf(answer.query, answer.query, null, answer.answers);
}
