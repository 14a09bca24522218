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
  const inRoles = new Set(claim.acts.flatMap((a) => [...a.roles.agent, ...a.roles.patient]));
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
const DAY = 86_400_000;

const time = (published: string | null | undefined) => {
  const t = published ? Date.parse(published.slice(0, 10)) : NaN;
  return Number.isNaN(t) ? null : t;
};

/** When an article was written: its publication date, or without one the latest date it names to the day or
 *  month (its dates are already resolved against its own publication; a report names the event's day and
 *  earlier background, rarely a later day), or null. */
export function eventTime(published: string | null | undefined, dates: readonly Pick<DateRef, 'start' | 'precision'>[]): string | null {
  if (published) return published;
  let latest: string | null = null;
  for (const d of dates) {
    if ((d.precision !== 'day' && d.precision !== 'month') || !d.start || !/^\d{4}-\d\d/.test(d.start)) continue;
    const day = d.start.length === 7 ? `${d.start}-01` : d.start;
    if (!latest || day > latest) latest = day;
  }
  return latest;
}

/** Whether an article merely on topic was written far from every article that carries the claim (the
 *  claim's own year is not used: claims name past years as background, "the strongest since 2018").
 *  Articles without a date are never ruled out. */
export function otherTime(written: string | null | undefined, carriers: (string | null | undefined)[]): boolean {
  const t = time(written);
  if (t === null) return false;
  const near = carriers.map(time).filter((c): c is number => c !== null);
  return near.length > 0 && near.every((c) => Math.abs(c - t) > SAME_EVENT_DAYS * DAY);
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
