// Reported speech whose speaker is written with more than a bare noun phrase before the verb: a trailing phrase
// ("officials familiar with the plan said"), an adverb or a time ("Brandt however said", "Varga last week said"),
// a verb before the infinitive of saying ("Brandt declined to say"), or a verb coordinated after another ("and then
// said"). Every case is data:
// [rule, paragraph, speaker, words the report holds]; a last group of paragraphs report nothing.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/parse/parseArticle.js';
import type { Article } from '../../../src/parse/article.js';
import { extractArticle } from '../../../src/extract/extractArticle.js';

function article(...paragraphs: string[]): Article {
  const r = parseArticle('subjects.txt', `Harbour plan divides the council\n\nThe Coastal Ledger\nPublished: 2024-03-02\n\n${paragraphs.join('\n\n')}\n`);
  if (!r.ok) throw new Error(r.error);
  return r.article;
}

/** The reported (indirect) quotes of a paragraph as [speaker name, text]. */
function reported(paragraph: string): [string, string][] {
  const ex = extractArticle(article(paragraph));
  return ex.quotes.filter((q) => q.kind === 'indirect').map((q) => [ex.people.find((p) => p.key === q.speaker)?.name ?? q.speakerAs ?? 'unknown', q.text]);
}

const CASES: [string, string, string, string][] = [
  ['"familiar with"', 'A person familiar with the harbour talks says the ferry deal will be signed in May.', 'a person', 'the ferry deal will be signed'],
  ['"briefed on"', 'People briefed on the audit said the port had lost money for three years.', 'People', 'the port had lost money'],
  ['"with knowledge of"', 'But officials with knowledge of the tender said the bids came in late.', 'officials', 'the bids came in late'],
  ['a group and its cause', 'Some campaigners for cleaner shipping say the new quay will bring more diesel barges.', 'some campaigners', 'the new quay will bring more diesel barges'],
  ['a place after the group', 'Several dockers at the meeting in Kiel said they would strike on Monday.', 'several dockers', 'they would strike on Monday'],
  ['a contact clause', 'Several skippers I have spoken with said the tolls were too high.', 'several skippers', 'the tolls were too high'],
  ['an adverb between subject and verb', 'Tomas Brandt however said the audit would be published.', 'Tomas Brandt', 'the audit would be published'],
  ['a weekday and its evening', 'Mayor Ines Varga on Thursday evening said the quay would reopen.', 'Ines Varga', 'the quay would reopen'],
  ['"last week"', 'Odile Marchetti last week said the berths were overbooked.', 'Odile Marchetti', 'the berths were overbooked'],
  ['"earlier this month"', 'Harbour master Tomas Brandt earlier this month said the dredging had stopped.', 'Tomas Brandt', 'the dredging had stopped'],
  ['"declined to say"', 'Tomas Brandt declined to say whether the ferry would be sold.', 'Tomas Brandt', 'whether the ferry would be sold'],
  ['"by saying"', 'Odile Marchetti ended the debate by saying the council had no money left.', 'Odile Marchetti', 'the council had no money left'],
  ['"pivoted to arguing"', 'Mayor Ines Varga pivoted to arguing that the tolls paid for the lighthouse.', 'Ines Varga', 'the tolls paid for the lighthouse'],
  ['"and then said"', 'Tomas Brandt toured the quay and then said the berths were full.', 'Tomas Brandt', 'the berths were full'],
  ['"but also added"', 'Odile Marchetti praised the crews but also added that pay was too low.', 'Odile Marchetti', 'pay was too low'],
  ['", then says"', 'Mayor Ines Varga offered the skipper a berth, then says she will cut the tolls.', 'Ines Varga', 'she will cut the tolls'],
];

const NOTHING: [string, string][] = [
  ['a verb of saying as a noun after "of"', 'The handling of questions at the harbour meeting annoyed Tomas Brandt.'],
  ['a verb of saying as an infinitive of purpose', 'In Kiel last week, the harbour festival at the quay appeared planned to project calm.'],
  ['"continues to"', 'Despite the strike, Odile Marchetti continues to lead the council.'],
  ['"maintains" with an object', 'Mayor Ines Varga maintains a wide lead over Tomas Brandt in the harbour wards.'],
  ['an empty subject', 'It is too soon to say how the ferry vote will go.'],
];

describe('speakers with longer subjects', () => {
  it.each(CASES)('%s: given “%s”, %s reports “%s”', (_rule, paragraph, speaker, words) => {
    const got = reported(paragraph);
    expect(got.some(([s, t]) => s === speaker && t.includes(words)), JSON.stringify(got)).toBe(true);
  });
  it.each(NOTHING)('%s: “%s” reports nothing', (_rule, paragraph) => {
    expect(reported(paragraph)).toEqual([]);
  });
});
