// Is an on-topic article about the claim's event, or a look-alike? It must name one of the event's central
// participants: the doer or the one done to of the claim's main verbs, in any word of the name ("Reid" for
// "Tara Reid"); without such a verb, any of the claim's names. The claim's rarest name is often no
// participant (a show mentioned on the side, a ticker), so it is never required as such. And it must have
// been written near the articles that carry the claim: the same fighter's next bout is another event.
import type { DateRef } from '../../model/contract.js';
import type { Claim } from './claim.js';
import type { TermIndex } from '../../textIndex/termIndex.js';

export interface EventIdentity {
  /** Indices into `claim.parts` of the names that say who took part (empty: no name to require). */
  participants: number[];
}

export function eventIdentity(claim: Claim, articles: TermIndex, variants: [string, number][][]): EventIdentity {
  const isName = (i: number) => claim.parts[i]!.token.kind === 'name';
  const shared = (i: number) => Math.max(0, ...variants[i]!.map(([t]) => articles.df(t))) >= 2;
  // (a passive without its doer, "I've been hit", says too little of who took part)
  const inRoles = new Set(claim.acts.filter((a) => a.roles.agent.length > 0).flatMap((a) => [...a.roles.agent, ...a.roles.patient]));
  let participants = claim.parts.flatMap((p, i) => (isName(i) && inRoles.has(p.token) && shared(i) ? [i] : []));
  // a whole name run counts when any of its words is a participant ("Tara Reid" from "Reid")
  if (participants.length) {
    const set = new Set(participants);
    participants = claim.names.filter((run) => run.some((i) => set.has(i))).flat().filter(shared);
  } else participants = claim.parts.flatMap((_, i) => (isName(i) ? [i] : []));
  return { participants };
}

/** Whether the article names a participant (always, when the claim names none other articles give). */
export function namesParticipant(id: EventIdentity, holds: (i: number) => boolean): boolean {
  return id.participants.length === 0 || id.participants.some(holds);
}

/** Days apart two reports of one event may be published; beyond it, an article merely on topic reports a
 *  look-alike (the same fighter's next bout, the valley's next quake). */
export const SAME_EVENT_DAYS = 60;
/** The same, when either day is only read from the article's text (its latest day named may be a background
 *  day or a scheduled one, so it is a rougher guess than a publication date). */
export const NAMED_DAY_SLACK = 180;
const DAY = 86_400_000;

const time = (day: string) => {
  const t = Date.parse(day.slice(0, 10));
  return Number.isNaN(t) ? null : t;
};

/** When an article was written: its publication day ('published'); without one, the latest day it names (its
 *  dates are resolved against its own publication; a report names the event's day and earlier background,
 *  rarely a later day), an estimate ('named'); with only months named, the latest month, a bound: the
 *  article was written then or later ('after'), as the month named may be a background one ("convicted in
 *  June 1998"). Null when it names neither. */
export interface Written { day: string; kind: 'published' | 'named' | 'after' }

export function writtenTime(published: string | null | undefined, dates: readonly Pick<DateRef, 'start' | 'precision'>[]): Written | null {
  if (published && time(published) !== null) return { day: published.slice(0, 10), kind: 'published' };
  let day: string | null = null;
  let month: string | null = null;
  for (const d of dates) {
    if (!d.start || !/^\d{4}-\d\d/.test(d.start)) continue;
    if (d.precision === 'day' && (!day || d.start > day)) day = d.start;
    else if (d.precision === 'month' && (!month || d.start > month)) month = d.start;
  }
  if (day) return { day, kind: 'named' };
  return month ? { day: `${month.slice(0, 7)}-01`, kind: 'after' } : null;
}

/** Whether two articles cannot have been written near each other: two days more than the slack apart, or
 *  a day before a bound by more than the slack. Two bounds never rule each other out. */
export function apart(a: Written, b: Written): boolean {
  const [x, y] = [time(a.day), time(b.day)];
  if (x === null || y === null) return false;
  const gap = (a.kind === 'published' && b.kind === 'published' ? SAME_EVENT_DAYS : NAMED_DAY_SLACK) * DAY;
  if (a.kind !== 'after' && b.kind !== 'after') return Math.abs(x - y) > gap;
  if (a.kind !== 'after') return x < y - gap;
  if (b.kind !== 'after') return y < x - gap;
  return false;
}

/** Whether an article merely on topic was written apart from every article that carries the claim (the
 *  claim's own year is not used: claims name past years as background, "the strongest since 2018").
 *  Articles without a date, or with no dated carrier, are never ruled out. */
export function otherTime(written: Written | null, carriers: readonly (Written | null)[]): boolean {
  const near = carriers.filter((c): c is Written => c !== null);
  return written !== null && near.length > 0 && near.every((c) => apart(written, c));
}

/** The claim's names the articles give, each weighted by how rare it is among articles: a topic's
 *  standing name (the company, the show) is in every look-alike, the event's own (the firm bought, the
 *  opponent) is not. */
export interface EventNames { runs: { parts: number[]; weight: number }[] }

export function eventNames(claim: Claim, articles: TermIndex, variants: [string, number][][]): EventNames {
  const n = articles.size;
  const runs = claim.names.flatMap((parts) => {
    const df = Math.max(0, ...parts.flatMap((i) => variants[i]!.map(([t]) => articles.df(t))));
    return df >= 1 ? [{ parts, weight: Math.log(1 + (n - df + 0.5) / (df + 0.5)) }] : [];
  });
  return { runs };
}

/** Weighted share of those names an article holds (1 when the claim gives none). */
export function nameShare(names: EventNames, holds: (i: number) => boolean): number {
  let all = 0;
  let got = 0;
  for (const r of names.runs) {
    all += r.weight;
    if (r.parts.some(holds)) got += r.weight;
  }
  return all ? got / all : 1;
}

/** The rarer terms of the article that best carries the claim, each weighted by how rare it is among
 *  articles: the event's own details (the opponent, the venue, the town, the figures), which a look-alike of
 *  the same topic lacks even where it shares the topic's names. A term in more than PROFILE_SHARE of the
 *  articles (at least PROFILE_FLOOR) is the topic's or the language's, not the event's. */
export const PROFILE_SHARE = 0.02;
const PROFILE_FLOOR = 3;

export interface EventProfile { terms: [string, number][]; total: number }

export function eventProfile(articles: TermIndex, carrier: readonly string[]): EventProfile {
  const most = Math.max(PROFILE_FLOOR, PROFILE_SHARE * articles.size);
  const terms: [string, number][] = [];
  let total = 0;
  for (const t of new Set(carrier)) {
    const df = articles.df(t);
    // a term only the carrier holds tells no other article anything
    if (df < 2 || df > most) continue;
    const w = articles.idf(t);
    terms.push([t, w]);
    total += w;
  }
  return { terms, total };
}

/** Weighted share of the profile's terms an article holds (0 for an empty profile). */
export function profileShare(profile: EventProfile, articles: TermIndex, articleNo: number): number {
  if (!profile.total) return 0;
  let got = 0;
  for (const [t, w] of profile.terms) if (articles.has(t, articleNo)) got += w;
  return got / profile.total;
}
