// Reported speech in the shapes news writes it without quotation marks around all of it: given a paragraph,
// this speaker and these reported words. Every case is data: [paragraph, speaker, words the report holds].
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/parse/parseArticle.js';
import type { Article } from '../../../src/parse/article.js';
import { extractArticle } from '../../../src/extract/extractArticle.js';

function article(...paragraphs: string[]): Article {
  const r = parseArticle('frames.txt', `Harbour plan divides the council\n\nThe Coastal Ledger\nPublished: 2024-03-02\n\n${paragraphs.join('\n\n')}\n`);
  if (!r.ok) throw new Error(r.error);
  return r.article;
}

/** The reported (indirect) quotes of a paragraph as [speaker name, text]. */
function reported(...paragraphs: string[]): [string, string][] {
  const ex = extractArticle(article(...paragraphs));
  return ex.quotes.filter((q) => q.kind === 'indirect').map((q) => [ex.people.find((p) => p.key === q.speaker)?.name ?? 'unknown', q.text]);
}

const CASES: [string, string, string, string][] = [
  // [rule, paragraph, speaker, words of the report]
  ['a quotation inside the clause', 'Mayor Ines Varga said “the harbour is not for sale” whatever the council decides.', 'Ines Varga', 'whatever the council decides'],
  ['a quoted lead with its own verb', 'The dredging plan was “a disgrace,” said Odile Marchetti.', 'Odile Marchetti', 'The dredging plan was'],
  ['a relative clause', 'Odile Marchetti, who said the berths were overbooked, left the meeting early.', 'Odile Marchetti', 'the berths were overbooked'],
  ['a relative clause, main verb after it', 'Tomas Brandt, who says he votes for the Greens, said the plan would pass.', 'Tomas Brandt', 'he votes for the Greens'],
  ['a share of those asked', 'Thirty percent said the harbour fees were too high.', 'thirty percent', 'the harbour fees were too high'],
  ['a share of a group', 'Almost half of respondents said the ferry ran late.', 'almost half of respondents', 'the ferry ran late'],
  ['someone unnamed', 'The woman said the fishing fleet had halved since 2010.', 'the woman', 'the fishing fleet had halved'],
  ['a short clause with its own subject', 'Councillor Ines Varga says she voted no.', 'Ines Varga', 'she voted no'],
  ['a form of be before -ing', 'Councillor Ines Varga is telling residents that the quay will reopen in May.', 'Ines Varga', 'the quay will reopen in May'],
  ['a described listener', 'Tomas Brandt told the packed hall he would not resign.', 'Tomas Brandt', 'he would not resign'],
  ['an infinitive', 'Mayor Ines Varga vowed to reopen the fish market, a promise she first made in 2019.', 'Ines Varga', 'to reopen the fish market'],
  ['a noun phrase', 'Tomas Brandt denied the charges.', 'Tomas Brandt', 'the charges'],
  ['a prepositional object', 'Odile Marchetti called for a ban on night dredging.', 'Odile Marchetti', 'a ban on night dredging'],
  ['someone accused of something', 'Odile Marchetti accused the mayor of hiding the audit.', 'Odile Marchetti', 'the mayor of hiding the audit'],
  ['a question', 'Tomas Brandt asked the council whether the audit would be published.', 'Tomas Brandt', 'whether the audit would be published'],
  ['a dateline before the subject', 'GENEVA (Ledger) - Mayor Ines Varga toured the port on Friday, saying the berths would be rebuilt.', 'Ines Varga', 'the berths would be rebuilt'],
  ['an opening phrase before the subject', 'At a rally in Kiel, Germany, on Tuesday, Mayor Ines Varga praised the dockers, saying that the strike had been worth it.', 'Ines Varga', 'the strike had been worth it'],
  ['an opening adverb before an appositive', 'Moreover, Tomas Brandt, the harbour master, noted that the tides were rising.', 'Tomas Brandt', 'the tides were rising'],
  ['an irregular past after a time', 'Tomas Brandt said on Friday he met the ferry owners last month.', 'Tomas Brandt', 'he met the ferry owners'],
  ['a contracted modal after a listener', 'Odile Marchetti told the Ledger she\'d back the mayor in a run-off.', 'Odile Marchetti', "she'd back the mayor"],
  ['"that" past a long adverbial', 'Mayor Ines Varga said on Friday in a statement posted to the council website that the quay would reopen.', 'Ines Varga', 'the quay would reopen'],
  ['"posted … that"', 'Tomas Brandt posted on his blog that the tolls would double.', 'Tomas Brandt', 'the tolls would double'],
  ['"recommended that"', 'Odile Marchetti recommended that the ferries sail at dawn.', 'Odile Marchetti', 'the ferries sail at dawn'],
  ['"threatened to"', 'Odile Marchetti threatened to sue the port authority.', 'Odile Marchetti', 'to sue the port authority'],
  ['"signalled that"', 'Mayor Ines Varga signalled that the audit would be published.', 'Ines Varga', 'the audit would be published'],
  ['"hinting that"', 'Tomas Brandt left the meeting early, hinting that he would resign.', 'Tomas Brandt', 'he would resign'],
  ['a passive: quoted as saying', 'Mayor Ines Varga was quoted as saying the fish market would move inland.', 'Ines Varga', 'the fish market would move inland'],
  ['"went on to say"', 'Mayor Ines Varga went on to say the ferry would not sail again this year.', 'Ines Varga', 'the ferry would not sail again'],
  ['a condition before the clause', 'Tomas Brandt said if elected he would sell the ferry.', 'Tomas Brandt', 'if elected he would sell the ferry'],
  ['a share opening the clause', 'Odile Marchetti said much of the talk was about the tolls.', 'Odile Marchetti', 'much of the talk was about the tolls'],
  ['a present tense past a time', 'Mayor Ines Varga said Friday she agrees with the harbour master.', 'Ines Varga', 'she agrees with the harbour master'],
  ['the one told, then a time', 'Tomas Brandt told the Ledger of Kiel last week he would run again.', 'Tomas Brandt', 'he would run again'],
  ['an opening "as" clause', 'As Odile Marchetti noted, the quay has flooded twice this year.', 'Odile Marchetti', 'the quay has flooded twice'],
  ['a passive: the asker speaks', 'Mayor Ines Varga was asked by Tomas Brandt whether the audit would be published.', 'Tomas Brandt', 'whether the audit would be published'],
  ['a clause before "according to" a described source', 'Turnout on the island has fallen sharply since 2008, according to Tom Brandt, an analyst at the harbour office.', 'Tom Brandt', 'Turnout on the island has fallen sharply'],
  ['a clause before "according to" with no comma', 'The mayor leads her rival by 300 votes according to a count by the Coastal Ledger.', 'a count by the Coastal Ledger', 'The mayor leads her rival by 300 votes'],
  ['"according to" after a link word', 'But according to reports in the local press, the mayor could not persuade her advisers to stay.', 'reports', 'the mayor could not persuade her advisers'],
  ['an auxiliary before "that"', 'Ines Varga said the harbour would more closely resemble that of its rival from now on.', 'Ines Varga', 'the harbour would more closely resemble that'],
  ['a verb joined by "and" inside the clause', 'Tomas Brandt said he has not held fundraising dinners and never called a donor to ask for money.', 'Tomas Brandt', 'dinners and never called a donor'],
  ['a participle after "before"', 'Odile Marchetti called her son a hero before explaining why she forgave the driver.', 'Odile Marchetti', 'why she forgave the driver'],
  ['a participle after "after"', 'Ines Varga left the hall after saying she would resign in the spring.', 'Ines Varga', 'she would resign'],
  ['a long subject with an aside', 'Six newspapers on the coast, including the Coastal Ledger, said the mayor was not fit to serve any more.', 'Six newspapers on the coast', 'the mayor was not fit to serve'],
];

describe('reported speech frames', () => {
  it.each(CASES)('%s: given “%s”, %s reports “%s”', (_rule, paragraph, speaker, words) => {
    const got = reported(paragraph);
    const hit = got.find(([, text]) => text.includes(words));
    expect(hit, JSON.stringify(got)).toBeDefined();
    expect(hit![0]).toBe(speaker);
  });
});

const NOT_REPORTS: [string, string][] = [
  ['a passive: the one asked does not speak', 'In an interview on Friday, Mayor Ines Varga was asked about the harbour fees.'],
  ['a quoted lead with no verb outside the quotation', 'As for the dredging, “we will see,” said Tomas Brandt.'],
  ['an adverbial after the verb', 'Tomas Brandt said outside the building.'],
  ['"posted" with an object, no clause', 'Odile Marchetti posted a video of the storm.'],
  ['a finite verb before a far "that"', 'Tomas Brandt said in the town where he was born the ferry that sank was rebuilt.'],
  ['a channel, not content', '“We rent the quay,” Odile Marchetti wrote on Facebook.'],
  ['"said when asked" tells the occasion', '“Never,” Tomas Brandt said when asked whether he would resign.'],
  ['"as" telling the time', 'As Tomas Brandt spoke to the crowd, the ferry left the quay.'],
  ['a preposition after "warned about"', 'This was the change the board warned about in its 2013 report.'],
];

describe('not reported speech', () => {
  it.each(NOT_REPORTS)('%s: “%s” reports nothing', (_rule, paragraph) => {
    expect(reported(paragraph)).toEqual([]);
  });
});

describe('hostile input', () => {
  it('survives a paragraph of shares, relatives and cues with no content', () => {
    const text = Array.from({ length: 400 }, (_, i) => `${i} percent of voters, who said, said`).join(' ') + '.';
    expect(() => reported(text)).not.toThrow();
  });
});

/** The direct quotes of a paragraph as [speaker name, text]. */
function direct(...paragraphs: string[]): [string, string][] {
  const ex = extractArticle(article(...paragraphs));
  return ex.quotes.filter((q) => q.kind === 'direct').map((q) => [ex.people.find((p) => p.key === q.speaker)?.name ?? 'unknown', q.text]);
}

const DIRECT_CASES: [string, string, string, string][] = [
  // [rule, paragraph, speaker, words of the quote]
  ['a source described by plain nouns', '“The audit was buried,” said a former senior harbour board official.', 'a former senior harbour board official', 'The audit was buried'],
  ['someone unnamed', '“They sold the quay,” the man shouted, waving a flag.', 'the man', 'They sold the quay'],
  ['a writing that speaks', '“Keep off the dunes after dark,” the sign reads.', 'the sign', 'Keep off the dunes'],
  ['a question asked', '“Who pays for the dredging?” Tomas Brandt questioned.', 'Tomas Brandt', 'Who pays for the dredging?'],
];

describe('speakers of direct quotes', () => {
  it.each(DIRECT_CASES)('%s: given “%s”, %s says “%s”', (_rule, paragraph, speaker, words) => {
    const got = direct(paragraph);
    const hit = got.find(([, text]) => text.includes(words));
    expect(hit, JSON.stringify(got)).toBeDefined();
    expect(hit![0]).toBe(speaker);
  });
});
