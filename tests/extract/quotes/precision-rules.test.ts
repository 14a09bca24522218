// Reports that must not be extracted, each next to the one the same paragraph does hold, so that no case can pass
// by extracting nothing. Every case is data: [rule, paragraph, speaker, words the right report holds, words no
// report may hold].
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/parse/parseArticle.js';
import type { Article } from '../../../src/parse/article.js';
import { extractArticle } from '../../../src/extract/extractArticle.js';

function article(...paragraphs: string[]): Article {
  const r = parseArticle('precision.txt', `Ferry fares split the council\n\nThe Coastal Ledger\nPublished: 2024-03-02\n\n${paragraphs.join('\n\n')}\n`);
  if (!r.ok) throw new Error(r.error);
  return r.article;
}

/** The reported (indirect) quotes of a paragraph as [speaker name, text]. */
function reported(paragraph: string): [string, string][] {
  const ex = extractArticle(article(paragraph));
  return ex.quotes.filter((q) => q.kind === 'indirect').map((q) => [ex.people.find((p) => p.key === q.speaker)?.name ?? 'unknown', q.text]);
}

const CASES: [string, string, string, string, string][] = [
  // a cue that attributes the quotation before it says nothing more after its verb
  ['a place after a quotation\u2019s cue', '“We will not sell the quay,” Tomas Brandt said aboard the night ferry. Brandt said the fares would double.',
    'Tomas Brandt', 'the fares would double', 'aboard the night ferry'],
  ['a time after a quotation\u2019s cue', '“The tolls stay,” Odile Marchetti said an hour into the hearing. She said the audit was late.',
    'Odile Marchetti', 'the audit was late', 'an hour into the hearing'],
  ['"said and" after a quotation', '“I back the mayor,” Ines Varga said and left the hall. Varga said the vote was close.',
    'Ines Varga', 'the vote was close', 'left the hall'],
  ['a quoted name before the cue is no attribution', 'Speaking on the radio show “Harbour Hour,” Tomas Brandt said the ferry would be sold in spring.',
    'Tomas Brandt', 'the ferry would be sold', 'Harbour Hour'],
  // a coordinated act is not what was said
  ['"what X says and promises"', 'What the mayor says and promises is now the measure of the port. Ines Varga said the quay would reopen.',
    'Ines Varga', 'the quay would reopen', 'promises is now the measure'],
  // an adverbial before a cue is no report: the words after a cue set off by commas are
  ['a time before a set-off cue', 'In the long run, Odile Marchetti said, the fares would have to rise for every islander.',
    'Odile Marchetti', 'the fares would have to rise', 'In the long run'],
  ['a condition before a set-off cue', 'If the council votes no, Tomas Brandt warned, the ferry company will leave the island for good.',
    'Tomas Brandt', 'the ferry company will leave', 'If the council votes no'],
  ['an adverbial before a cue with its own clause', 'In two earlier meetings, Ines Varga had asked the harbour master to publish the audit.',
    'Ines Varga', 'the harbour master to publish the audit', 'In two earlier meetings'],
  ['a short time before a set-off cue', 'Six months ago, the mayor said, the ferry carried twice as many passengers.',
    'the mayor', 'the ferry carried twice as many passengers', 'Six months ago'],
  // "deny" that withholds something reports nothing
  ['"denied bail"', 'The ferry captain\u2019s brother denied bail. His lawyer denied the charges against him.',
    'His lawyer', 'the charges against him', 'bail'],
  ['"deny" someone a thing', 'The council voted to deny them licenses for the quay. Tomas Brandt denied that the vote was rigged.',
    'Tomas Brandt', 'the vote was rigged', 'licenses for the quay'],
  // a contrast after a comma is the writer's, past the end of what was said
  ['"compared with" after a share', 'Forty percent said they would take the ferry, compared with 25 percent last spring.',
    'forty percent', 'they would take the ferry', 'compared with'],
  ['"while" before another subject', 'Tomas Brandt said the fares would rise, while the mayor has promised to freeze them.',
    'Tomas Brandt', 'the fares would rise', 'the mayor has promised'],
  // a participle set off by a comma is a report of its own, never the end of the one before it
  ['", adding that" after a clause', 'Mayor Ines Varga said the quay would reopen in May, adding that the night ferry would run again.',
    'Ines Varga', 'the quay would reopen in May', 'May, adding'],
  ['", according to" after a clause', 'Tomas Brandt said the ferry would be sold, according to two harbour officials who were at the meeting.',
    'Tomas Brandt', 'the ferry would be sold', 'two harbour officials'],
  // a cue in a leading subordinate clause reports up to the main clause's subject
  ['a leading "while" clause', 'While Tomas Brandt says he will not vote for the mayor again, he applauds her plan for the quay.',
    'Tomas Brandt', 'he will not vote for the mayor again', 'applauds her plan'],
  ['a leading "when" clause', 'When Odile Marchetti said the fees were unfair at the hearing, the harbour master walked out.',
    'Odile Marchetti', 'the fees were unfair at the hearing', 'walked out'],
  // a lead with no verb before a subject of its own belongs to that subject
  ['a described subject before its name', 'One passenger on the night ferry, Kelly Ostrova, told the Ledger she was leaving the island for good.',
    'Kelly Ostrova', 'she was leaving the island', 'One passenger on the night ferry'],
  // "…, said he had": no inversion with a pronoun that has a verb of its own; the long opening phrase speaks
  ['a long subject set off by commas', 'Some fishermen who have sailed from the quay for decades, on trawlers or small boats, said they had never paid such fees.',
    'some fishermen who have sailed from the quay for decades', 'they had never paid such fees', 'on trawlers or small boats'],
];

describe('reports that are not extracted, next to the ones that are', () => {
  it.each(CASES)('%s: “%s” gives %s “%s”, never “%s”', (_rule, paragraph, speaker, words, never) => {
    const got = reported(paragraph);
    const hit = got.find(([, text]) => text.includes(words));
    expect(hit, JSON.stringify(got)).toBeDefined();
    expect(hit![0]).toBe(speaker);
    expect(got.filter(([, text]) => text.includes(never)), JSON.stringify(got)).toEqual([]);
  });
});

const KEPT: [string, string, string, string][] = [
  // [rule, paragraph, speaker, words of the report]: the rules above leave these alone
  ['a quotation embedded in a clause', 'Recalling the “long winter of 1998,” the mayor urged the council to keep the ferry running.',
    'the mayor', 'the council to keep the ferry running'],
  ['"that" after a quotation\u2019s cue', '“It is over,” Tomas Brandt told the Ledger, adding that the ferry would be sold.', 'Tomas Brandt', 'the ferry would be sold'],
  ['a gerund subject before a set-off cue', 'Selling the ferry, Odile Marchetti said, would leave the island without a link.',
    'Odile Marchetti', 'Selling the ferry'],
  ['a parenthetical "though" inside the content', 'Odile Marchetti said the quay was a costly, though necessary, repair for the island.',
    'Odile Marchetti', 'though necessary, repair for the island'],
  ['a clause after an opening adverbial', 'In fact, the fares have not risen since 2010, Ines Varga said.', 'Ines Varga', 'the fares have not risen since 2010'],
];

describe('reports the precision rules keep', () => {
  it.each(KEPT)('%s: “%s” gives %s “%s”', (_rule, paragraph, speaker, words) => {
    const got = reported(paragraph);
    const hit = got.find(([, text]) => text.includes(words));
    expect(hit, JSON.stringify(got)).toBeDefined();
    expect(hit![0]).toBe(speaker);
  });
});

/** All quotes of an article as [speaker name, text]. */
function quotes(...paragraphs: string[]): [string, string][] {
  const ex = extractArticle(article(...paragraphs));
  return ex.quotes.map((q) => [ex.people.find((p) => p.key === q.speaker)?.name ?? 'unknown', q.text]);
}

// Quoted spans that are nobody's speech, each after a paragraph whose quote is. Every case is data: [rule,
// paragraph holding no quote, words no quote may hold].
const NOT_SPEECH: [string, string, string][] = [
  ['a round-up headline credited to another outlet',
    'HARBOUR WATCH\u2014\u201cNight ferry to stop at the old quay for the last time,\u201d by the Island Post\u2019s Mara Lind: \u201cThe night ferry will make its final call at the old quay on Sunday, ending a route that ran for forty years.\u201d',
    'final call at the old quay'],
  ['a round-up headline with a link for its excerpt',
    '\u2014\u201cWhy the island keeps voting for the toll,\u201d by Coast Weekly\u2019s Joseph P. Arden: http://example.com/toll.',
    'keeps voting for the toll'],
];

describe('quoted spans that are not speech, next to a quote that is', () => {
  const said = '\u201cThe fares will not rise this year,\u201d Tomas Brandt said.';
  it.each(NOT_SPEECH)('%s: “%s” holds no quote with “%s”', (_rule, paragraph, never) => {
    const got = quotes(said, paragraph);
    expect(got.find(([, text]) => text.includes('fares will not rise')), JSON.stringify(got)).toEqual(['Tomas Brandt', 'The fares will not rise this year']);
    expect(got.filter(([, text]) => text.includes(never)), JSON.stringify(got)).toEqual([]);
  });
});
