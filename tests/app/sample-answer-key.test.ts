// The sample article's answer key, held whole: every fact a careful reader finds in
// seeds/000_6577e324ac2f8b81.txt (tests/fixtures/sample-answer-key.json, the project's copy of the key) is
// checked through the project's own pipeline (parseArticle → extractArticle → library → runQuery), judged
// the way the outside scorer judges it: quotes by the key's fragment being inside the extracted text,
// speakers by last name with no contradicting given name, dates by either text holding the other.
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseArticle } from '../../src/parse/parseArticle.js';
import type { Article } from '../../src/parse/article.js';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { assembleLibrary, type Library } from '../../src/library/library.js';
import { runQuery } from '../../src/app/runQuery.js';
import { SPEAKER_MIN_SCORE } from '../../src/answer/quotesBy.js';
import type { AskAnswer, Event, ExtractedArticle, QuotesAnswer, SourcesAnswer, WhenAnswer } from '../../src/model/contract.js';
import { readFixture, readSeed, SAMPLE } from '../support/fixtures.js';

// ---- the key, validated at the edge ----

const GoldDate = z.object({
  text: z.string(),
  relation: z.enum(['on', 'before', 'after', 'around']).optional(),
  start: z.string().optional(),
  end: z.string().optional(),
});
const GoldQuote = z.object({ speaker: z.string(), kind: z.enum(['direct', 'indirect']), paragraph: z.number(), fragment: z.string() });
const Key = z.object({
  article: z.string(),
  meta: z.object({
    title: z.string(),
    outlet: z.string(),
    dateline: z.string(),
    published: z.null(),
    body_paragraphs: z.number(),
    boilerplate_lines: z.array(z.string()),
  }),
  people: z.array(z.object({ name: z.string(), aliases: z.array(z.string()) })),
  quotes: z.array(GoldQuote),
  optional_quotes: z.array(GoldQuote),
  events: z.array(z.object({
    kind: z.string(),
    participants: z.array(z.string()),
    place: z.string().nullable(),
    paragraph: z.number(),
    date: GoldDate.nullable(),
    what: z.string().optional(),
  })),
  when_questions: z.array(z.object({
    q: z.string(),
    expect_paragraph: z.number().optional(),
    expect_date_text: z.string().optional(),
    expect_relation: z.string().optional(),
    expect_start: z.string().optional(),
    must_not_contain_year: z.boolean().optional(),
  })),
  who_said_questions: z.array(z.object({ q: z.string(), expect_speaker: z.string().nullable() })),
  claims: z.array(z.object({
    claim: z.string(),
    verdict: z.enum(['supported', 'conflicting', 'not-found', 'not-supported']),
    paragraphs: z.array(z.number()).optional(),
  })),
  ask_questions: z.array(z.object({
    q: z.string(),
    expect_intent: z.string(),
    expect_speaker: z.string().optional(),
    expect_paragraph: z.number().optional(),
    expect_date_text: z.string().optional(),
    expect_verdict: z.string().optional(),
  })),
});
type GoldEvent = z.infer<typeof Key>['events'][number];

const key = Key.parse(JSON.parse(readFixture('sample-answer-key.json')));

// ---- the scorer's judgements ----

/** Text compared as a reader would: case, curly marks, dashes and spacing folded. */
const norm = (s: string | null | undefined) => String(s ?? '').normalize('NFKC').toLowerCase()
  .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
  .replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim();
const words = (s: string) => norm(s).replace(/[^\p{L}\p{N}' -]/gu, ' ').split(/\s+/).filter(Boolean);

/** Same person: the last word matches and no given name contradicts (Sergey is Sergei; Heydar is not Ilham). */
function samePerson(goldName: string, got: string | null | undefined): boolean {
  if (!got) return false;
  const g = words(goldName), w = words(got);
  return w.length > 0 && w.at(-1) === g.at(-1) &&
    (w.length === 1 || g.length === 1 || w[0] === g[0] || w[0]!.slice(0, 4) === g[0]!.slice(0, 4));
}

/** Either date text holds the other ("May 5-6" and "on May 5-6" are one date). */
const sameDateText = (gold: string, got: string | null | undefined) =>
  norm(got).includes(norm(gold)) || norm(gold).includes(norm(got) || '\u0000');

/** A year in the start that the written date does not show was made up (the article states none). */
const inventsYear = (d: { text: string | null; start: string | null } | null) =>
  !!d && /^\d{4}-/.test(d.start ?? '') && !(d.text ?? '').includes(d.start!.slice(0, 4));

const sameParticipants = (gold: readonly string[], got: readonly string[]) =>
  gold.every((g) => got.some((p) => samePerson(g, p))) && got.every((p) => gold.some((g) => samePerson(g, p)));

/** A place as specific as the key's: the whole of it, or its narrowest part ("Martyrs’ Alley" of "Martyrs’ Alley, Baku"). */
const samePlace = (gold: string | null, got: string | null) =>
  gold === null ? got === null : got !== null && [norm(gold), norm(gold.split(',')[0])].includes(norm(got));

const STOP = new Set(['the', 'a', 'an', 'of', 'on', 'in', 'into', 'to', 'and']);
/** The key's description is in Byline's when each of its words is, in Byline's words or the date's. */
const sameWhat = (gold: string, e: Event) => {
  const have = words(`${e.what} ${e.date?.text ?? ''}`);
  return words(gold).filter((w) => !STOP.has(w)).every((w) => have.some((h) => h === w || (w.length > 4 && h.startsWith(w))));
};

/** Byline's events for a key event: same paragraph, kind and date (or both undated). */
function candidates(events: readonly Event[], g: GoldEvent): Event[] {
  return events.filter((e) => e.evidence.paragraph === g.paragraph && e.kind === g.kind && (g.date === null
    ? e.date === null
    : !!e.date?.text && sameDateText(g.date.text, e.date.text) &&
      (g.date.relation === undefined || e.date.relation === g.date.relation) &&
      (g.date.start === undefined || e.date.start === g.date.start) &&
      (g.date.end === undefined || e.date.end === g.date.end)));
}

const describeEvent = (g: GoldEvent) =>
  `${g.kind}${g.what ? ` (${g.what})` : ''} of paragraph ${g.paragraph}${g.date ? `, ${g.date.relation ?? 'on'} ${g.date.text}` : ', undated'}`;
const show = (events: readonly Event[]) => events.map((e) => `${e.kind} p${e.evidence.paragraph} ${JSON.stringify(e.participants)} @${e.place} ${e.date?.text ?? '-'}`).join('\n');


// ---- one library for the file, built as the CLI builds it ----

let article: Article;
let lib: Library;
let sample: ExtractedArticle;

beforeAll(() => {
  const parsed = parseArticle(SAMPLE, readSeed(SAMPLE));
  if (!parsed.ok) throw new Error(parsed.error);
  article = parsed.article;
  lib = assembleLibrary({ articles: [article], extractions: [extractArticle(article)] }, [], 0);
  sample = lib.extracted[0]!;
});

const whoSaid = (q: string) => runQuery(lib, { command: 'who-said', q }).answer as QuotesAnswer;
const when = (q: string) => runQuery(lib, { command: 'when', q }).answer as WhenAnswer;
const sources = (q: string) => runQuery(lib, { command: 'sources', q }).answer as SourcesAnswer;
const ask = (q: string) => runQuery(lib, { command: 'ask', q }).answer as AskAnswer;

describe('given the sample article, its header and boilerplate', () => {
  it('is the key\'s article', () => {
    expect(SAMPLE).toBe(key.article);
    expect(sample.article).toBe(key.article);
  });

  it(`has the title, outlet '${key.meta.outlet}' and dateline '${key.meta.dateline}', and no publication date`, () => {
    expect(norm(sample.title)).toBe(norm(key.meta.title));
    expect(norm(sample.outlet)).toBe(norm(key.meta.outlet));
    expect(norm(article.dateline)).toBe(norm(key.meta.dateline));
    expect(sample.published).toBeNull();
  });

  it(`counts ${key.meta.body_paragraphs} body paragraphs`, () => {
    expect(sample.paragraphs).toBe(key.meta.body_paragraphs);
    expect(article.paragraphs).toHaveLength(key.meta.body_paragraphs);
  });

  for (const line of key.meta.boilerplate_lines) {
    it(`keeps '${line}' out of the paragraphs and the quotes`, () => {
      for (const p of article.paragraphs) expect(norm(p.text)).not.toContain(norm(line));
      for (const q of sample.quotes) expect(norm(q.text)).not.toContain(norm(line));
    });
  }
});

describe('given the sample article, its quotes', () => {
  for (const g of key.quotes) {
    it(`the quote '${g.fragment}' (paragraph ${g.paragraph}) is ${g.speaker}'s, ${g.kind}`, () => {
      const holding = sample.quotes.filter((q) => norm(q.text).includes(norm(g.fragment)));
      expect(holding.length, 'a quote holding the fragment').toBeGreaterThan(0);
      expect(holding.some((q) => samePerson(g.speaker, q.speaker.name)), `speaker of: ${holding.map((q) => q.speaker.name)}`).toBe(true);
      const exact = holding.filter((q) => samePerson(g.speaker, q.speaker.name) && q.kind === g.kind);
      expect(exact.map((q) => q.evidence.paragraph), `${g.kind} quotes by ${g.speaker}`).toContain(g.paragraph);
    });
  }

  for (const g of key.optional_quotes) {
    it(`the optional quote '${g.fragment}' is ${g.speaker}'s if it is found at all`, () => {
      for (const q of sample.quotes.filter((x) => norm(x.text).includes(norm(g.fragment)))) {
        expect(samePerson(g.speaker, q.speaker.name)).toBe(true);
      }
    });
  }

  it('finds nothing else: every quote holds, or is held by, a fragment of the key', () => {
    const fragments = [...key.quotes, ...key.optional_quotes].map((g) => norm(g.fragment));
    const extra = sample.quotes.filter((q) => !fragments.some((f) => norm(q.text).includes(f) || f.includes(norm(q.text))));
    expect(extra.map((q) => q.text)).toEqual([]);
  });
});

describe('given the sample article, its people', () => {
  const personNamed = (name: string) => lib.people.filter((p) => samePerson(name, p.name));
  /** Whom the name means, as `quotes` picks the speaker: best match at least SPEAKER_MIN_SCORE, ties to the most quoted. */
  const resolve = (name: string) => lib.peopleIndex.find(name, 10).filter((h) => h.score >= SPEAKER_MIN_SCORE)[0]?.person.name;

  for (const p of key.people) {
    it(`${p.name} is one person of the registry, under that name`, () => {
      const found = personNamed(p.name);
      expect(found.map((x) => x.name)).toEqual([p.name]);
      expect(sample.people.filter((x) => x.name === p.name)).toHaveLength(1);
      expect(resolve(p.name)).toBe(p.name);
    });
    for (const alias of p.aliases) {
      it(`'${alias}' means ${p.name}`, () => {
        expect(resolve(alias)).toBe(p.name);
      });
    }
  }

  it('keeps Heydar Aliyev and Ilham Aliyev apart: two people, neither named or aliased as the other', () => {
    const ilham = lib.people.find((p) => p.name === 'Ilham Aliyev')!;
    const heydar = lib.people.find((p) => p.name === 'Heydar Aliyev')!;
    expect(ilham.id).not.toBe(heydar.id);
    expect(ilham.aliases.some((a) => /heydar/i.test(a))).toBe(false);
    expect(heydar.aliases.some((a) => /ilham/i.test(a))).toBe(false);
    expect(resolve('Heydar Aliyev')).toBe('Heydar Aliyev');
    expect(resolve('Ilham Aliyev')).toBe('Ilham Aliyev');
    expect(sample.quotes.filter((q) => q.speaker.id === heydar.id)).toEqual([]);
  });
});

describe('given the sample article, its events', () => {
  for (const g of key.events) {
    it(`the ${describeEvent(g)} is found with that kind, paragraph and date`, () => {
      expect(candidates(sample.events, g), show(sample.events)).not.toEqual([]);
    });
    const fits = (name: string, ok: (e: Event) => boolean) => it(`the ${describeEvent(g)} ${name}`, () => {
      expect(candidates(sample.events, g).filter(ok), show(candidates(sample.events, g))).not.toEqual([]);
    });
    fits(`has participants ${g.participants.length ? g.participants.join(', ') : 'none named'}`, (e) => sameParticipants(g.participants, e.participants));
    fits(`has place ${g.place ?? 'unstated'}`, (e) => samePlace(g.place, e.place));
    if (g.what) fits(`is '${g.what}'`, (e) => sameWhat(g.what!, e));
  }

  it('invents no year: no event, dated mention or when answer has a year its text does not show', () => {
    expect(sample.events.filter((e) => inventsYear(e.date)).map((e) => e.date)).toEqual([]);
    expect(sample.dates.filter((d) => inventsYear(d)).map((d) => d.text)).toEqual([]);
    for (const w of key.when_questions) {
      expect(when(w.q).answers.filter((e) => inventsYear(e.date)).map((e) => e.date), w.q).toEqual([]);
    }
  });
});

describe('given the sample article, when', () => {
  for (const w of key.when_questions) {
    const expectation = [
      w.expect_date_text && `'${w.expect_date_text}'`,
      w.expect_relation && `(${w.expect_relation})`,
      w.expect_start && `starting ${w.expect_start}`,
      w.expect_paragraph && `from paragraph ${w.expect_paragraph}`,
      w.must_not_contain_year && 'with no year',
    ].filter(Boolean).join(' ');
    it(`'${w.q}' is answered ${expectation}`, () => {
      const top = when(w.q).answers[0];
      expect(top, 'an answer').toBeDefined();
      if (w.expect_paragraph) expect(top!.evidence.paragraph).toBe(w.expect_paragraph);
      if (w.expect_date_text) expect(norm(top!.date?.text)).toContain(norm(w.expect_date_text));
      if (w.expect_relation) expect(top!.date?.relation).toBe(w.expect_relation);
      if (w.expect_start) expect(top!.date?.start).toBe(w.expect_start);
      if (w.must_not_contain_year) expect(top!.date?.start ?? '').not.toMatch(/^\d{4}/);
    });
  }
});

describe('given the sample article, who said', () => {
  for (const w of key.who_said_questions) {
    if (w.expect_speaker === null) {
      it(`'${w.q}' names no one: no quote says it`, () => {
        const a = whoSaid(w.q);
        const top = a.answers[0];
        // an honest "no quote found", or only the reported speech of the paragraph the words come from
        expect(!top || !top.speaker || a.notFound !== null || top.kind === 'indirect').toBe(true);
      });
    } else {
      it(`'${w.q}' was said by ${w.expect_speaker}`, () => {
        expect(samePerson(w.expect_speaker!, whoSaid(w.q).answers[0]?.speaker.name)).toBe(true);
      });
    }
  }
});

describe('given the sample article, sources', () => {
  for (const c of key.claims) {
    const where = c.paragraphs ? ` by paragraph ${c.paragraphs.join(', ')}` : '';
    const verdict = c.verdict === 'not-supported' ? 'anything but supported' : c.verdict;
    it(`'${c.claim}' is ${verdict}${where}`, () => {
      const a = sources(c.claim);
      // 'not-supported': 'conflicting' or 'not-found' are both honest, 'supported' is wrong
      if (c.verdict === 'not-supported') expect(a.verdict).not.toBe('supported');
      else expect(a.verdict).toBe(c.verdict);
      const top3 = a.answers.slice(0, 3).map((x) => x.evidence.paragraph);
      for (const p of c.paragraphs ?? []) expect(top3).toContain(p);
    });
  }
});

describe('given the sample article, ask', () => {
  for (const g of key.ask_questions) {
    it(`'${g.q}' is read as ${g.expect_intent} and answered`, () => {
      const a = ask(g.q);
      expect(a.intent).toBe(g.expect_intent);
      const top = a.answers[0] as { speaker?: { name: string }; date?: { text: string | null } | null } | undefined;
      if (g.expect_speaker) expect(samePerson(g.expect_speaker, top?.speaker?.name), `speaker ${top?.speaker?.name}`).toBe(true);
      if (g.expect_verdict) expect((a as SourcesAnswer).verdict).toBe(g.expect_verdict);
      if (g.expect_paragraph) expect(a.answers.slice(0, 3).map((x) => x.evidence.paragraph)).toContain(g.expect_paragraph);
      if (g.expect_date_text) expect(norm(top?.date?.text)).toContain(norm(g.expect_date_text));
    });
  }
});
