// The attribution sieve, one table of cases per rule: paragraphs in, the speaker of one quote out (and the rule
// that named it, so a case cannot pass by another rule's luck).
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/parse/parseArticle.js';
import type { Article } from '../../../src/parse/article.js';
import { extractPeople } from '../../../src/extract/people/extractPeople.js';
import { attributedQuotes, extractQuotes } from '../../../src/extract/quotes/extractQuotes.js';
import { ATTRIBUTION_RULES } from '../../../src/extract/quotes/rules/sieve.js';

function article(paragraphs: string[]): Article {
  const r = parseArticle('sieve.txt', `Harbour plan divides the council\n\nThe Coastal Ledger\nPublished: 2024-03-02\n\n${paragraphs.join('\n\n')}\n`);
  if (!r.ok) throw new Error(r.error);
  return r.article;
}

/** The speaker's name and the deciding rule for the direct quote holding `words`. */
function attributionOf(paragraphs: string[], words: string): { speaker: string; rule: string | null } {
  const a = article(paragraphs);
  const people = extractPeople(a);
  const found = attributedQuotes(a, people).find((q) => q.quote.text.includes(words));
  return { speaker: people.find((p) => p.key === found?.quote.speaker)?.name ?? 'nobody', rule: found?.rule ?? null };
}

type Case = [string, string[], string, string];

const cases: Record<string, Case[]> = {
  'name before a dash': [
    ['a name, then a quote between dashes', ['Several captains, among them the veteran pilot Rhona Teague -- "We were never asked once" -- left the meeting early.'],
      'never asked once', 'Rhona Teague'],
    ['an em dash after a full name', ['The loudest voice was that of the ferry owner Malik Osei \u2014 "Nobody reads the tide tables here" \u2014 who spoke last.'],
      'tide tables', 'Malik Osei'],
  ],
  'own cue': [
    ['a cue after the quote', ['"We will not pay for a quay we cannot use," Mayor Alba Ruiz said on Tuesday.'], 'quay we cannot use', 'Alba Ruiz'],
    ['an inverted cue after the quote', ['"The dredging must start before the spring tides," said Tomas Keel, the harbour master.'], 'spring tides', 'Tomas Keel'],
    ['a cue before the quote, with "that"', ['Councillor Ines Varga stressed that "the fishermen were promised a berth and they will get one."'],
      'promised a berth', 'Ines Varga'],
    ['a cue in an earlier piece of a running quote', ['Odile Marchetti put it plainly at the meeting: \u201cThe harbour is the town\'s lung.',
      '\u201cWe have seen ports close before, all along this coast, and the towns went with them.\u201d'], 'seen ports close', 'Odile Marchetti'],
  ],
  'name after the quote': [
    ['a verb of saying no list holds', ['Ines Varga, the mayor, spoke first, and Tomas Keel, the harbour master, spoke last.',
      '"The ferry is ours, not the council\'s," Tomas Keel shot back.'], 'ferry is ours', 'Tomas Keel'],
    ['a short description before the name', ['Rhona Teague, a pilot, had waited all evening.',
      '"Nobody asked the fishermen!" an angry Rhona Teague hit back from the gallery.'], 'asked the fishermen', 'Rhona Teague'],
  ],
  'neighbouring quote': [
    ['a cue-less quote after a cued one', ['"The vote was fair," Mayor Alba Ruiz said. "Anyone who says otherwise has not read the minutes."'],
      'read the minutes', 'Alba Ruiz'],
  ],
  'earlier sentence': [
    ['a quote opening its sentence after a reported cue', ['Tomas Keel said the channel was silting up faster than forecast. "We will need a second dredger by the autumn."'],
      'second dredger', 'Tomas Keel'],
  ],
  'introduced above': [
    ['a paragraph of quote after the speaker\'s paragraph', ['"The berths are full," Ines Varga said.',
      '"If the council wants more ferries, it will have to build another pier for them."'], 'another pier', 'Ines Varga'],
    ['a closing "X continued:"', ['Odile Marchetti, the managing director of Pellworm Freight, continued:',
      '"Every tonne we cannot land here goes by road, and the roads are already full."'], 'goes by road', 'Odile Marchetti'],
  ],
  'name before a colon': [
    ['a round-up of voices, name and outlet', ['Tom Reyes, Harbour Gazette: \u201cThe council has lost the trust of the fishermen for good.\u201d'],
      'lost the trust', 'Tom Reyes'],
    ['a round-up line: a headline, a dash, then the source', ['TIDES ARE RISING ALONG THE COAST - Dana Whitlock: \u201cThe harbour wards will flood twice a year by the end of the decade.\u201d'],
      'flood twice a year', 'Dana Whitlock'],
    ['a round-up line: "More from" the source', ['Mayor Alba Ruiz spoke on Friday.', 'What it means for the ferries - More from Ruiz: \u201cThe berths will need raising by a metre at least.\u201d'],
      'raising by a metre', 'Alba Ruiz'],
    ['a name after its role, before the colon', ['The result did not surprise the pollster Dana Whitlock: \u201cTurnout in the harbour wards was always going to decide it.\u201d'],
      'harbour wards', 'Dana Whitlock'],
  ],
  'subject before a colon': [
    ['the subject of the sentence before the colon', ['Mayor Alba Ruiz has a new message for the fishermen: "The harbour will stay open all winter."'],
      'stay open all winter', 'Alba Ruiz'],
    ['a subject after a linking word', ['Mayor Alba Ruiz and Ben Hollis met the fishermen.', 'And Ms. Ruiz gloated: "I told you the quay would hold."'],
      'quay would hold', 'Alba Ruiz'],
    ['a subject after its role words', ['Ben Hollis, the columnist, wrote about the ferries.',
      'The ferry columnist Ben Hollis went so far as to say: "The harbour is finished for good."'], 'finished for good', 'Ben Hollis'],
  ],
};

describe('the attribution sieve', () => {
  it('tries every rule, each once, with a table of cases for each', () => {
    const names = ATTRIBUTION_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(cases).sort()).toEqual([...names].sort());
  });

  for (const [rule, table] of Object.entries(cases)) {
    describe(rule, () => {
      it.each(table)('%s', (_what, paragraphs, words, speaker) => {
        expect(attributionOf(paragraphs, words)).toEqual({ speaker, rule });
      });
    });
  }

  it.each<[string, string[], string]>([
    ['a scare quote in someone else\'s sentence', ['The council branded the plan a "folly" and moved on to the budget.'], 'folly'],
    ['a title in capitals', ['The mayor read aloud from "The Tides Of Pellworm" before the vote.'], 'Tides Of Pellworm'],
    ['a programme after "on" and its channel, closed by a point', ['"We will dredge by May," Mayor Alba Ruiz said on Coast TV\'s "Harbour Morning Show."'],
      'Harbour Morning Show'],
    ['a body after "the founder of"', ['Ruiz was the founder of \u201cFriends of the Pellworm Ferry.\u201d'], 'Friends of the Pellworm Ferry'],
  ])('keeps no speaker for %s', (_what, paragraphs, words) => {
    const a = article(paragraphs);
    const quotes = extractQuotes(a, extractPeople(a));
    expect(quotes.find((q) => q.kind === 'direct' && q.text.includes(words))?.speaker ?? null).toBeNull();
  });

  it.each<[string, string, string, string]>([
    ['a party tag and a comma before the verb', 'Sen. Ben Hollis (R-Neb.), said, \u201cWe are ready for the vote and we will win it.\u201d', 'ready for the vote', 'Ben Hollis'],
    ['a short aside between subject and verb', 'Former Ohio Gov. Pat Lane, for his part, is labeling the plan \u201ca reckless and costly gamble with the harbour.\u201d',
      'costly gamble', 'Pat Lane'],
    ['a document and who filed it', '\u201cThe evidence cannot support a prosecution of the case,\u201d according to a court document filed by state attorney Dave Marlow.',
      'support a prosecution', 'Dave Marlow'],
  ])('names the speaker given %s', (_what, paragraph, words, speaker) => {
    const a = article([paragraph]);
    const people = extractPeople(a);
    const q = extractQuotes(a, people).find((x) => x.text.includes(words));
    expect(people.find((p) => p.key === q?.speaker)?.name).toBe(speaker);
  });

  it.each<[string, string, string]>([
    ['a source of many words after "according to"',
      'According to early results of exit polls conducted for the harbour board and two local papers by Tidewater Research, nearly half of voters backed the plan.',
      'nearly half of voters backed the plan'],
    ['"reported" with a bare clause', 'The Coastal Herald reported the harbour fund had run dry by the spring.', 'the harbour fund had run dry by the spring'],
  ])('reads reported speech given %s', (_what, paragraph, content) => {
    const a = article([paragraph]);
    expect(extractQuotes(a, extractPeople(a)).map((q) => [q.kind, q.text])).toContainEqual(['indirect', content]);
  });

  it('reads the content after a long "according to" source that opens the sentence', () => {
    const a = article(['According to a senior official at the Ministry of Fisheries who asked not to be named, the quota will be cut next year.']);
    expect(extractQuotes(a, extractPeople(a)).map((q) => [q.kind, q.text])).toContainEqual(['indirect', 'the quota will be cut next year']);
  });
});
