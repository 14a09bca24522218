// The cue finder on its own: a verb of saying and the subject it reads for it. Every case is data:
// [rule, paragraph, verb, subject] where the subject is the phrase the cue names; near misses are
// [rule, paragraph, verb, a subject the cue must not name] (a cue with another subject, or none, passes).
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/parse/parseArticle.js';
import { articleGrammar } from '../../../src/extract/grammar/articleGrammar.js';

/** The cues of a one-paragraph article as [verb, subject]. */
function cues(paragraph: string): [string, string][] {
  const r = parseArticle('cues.txt', `Ferry vote splits the harbour council\n\nThe Coastal Ledger\nPublished: 2024-03-02\n\n${paragraph}\n`);
  if (!r.ok) throw new Error(r.error);
  return articleGrammar(r.article).paragraphs.flatMap((p) => p.cues.map((c): [string, string] => [c.verb, c.subject.text]));
}

const CASES: [string, string, string, string][] = [
  // a relative pronoun speaks for the phrase before it
  ['"who" after a name and comma', 'The vote was delayed by Mayor Ines Varga, who said the tolls were too high.', 'said', 'Mayor Ines Varga'],
  ['"which" after an organisation', 'The ruling came after a request by the Harbour Trust, which argued that the quay was unsafe.', 'argued', 'the Harbour Trust'],
  ['"who has said"', 'Skippers lined up behind Odile Marchetti, who has said she will cut the fees.', 'said', 'Odile Marchetti'],
  ['a plural name, no comma', 'The audit gave new ammunition to Conservatives who say the port is a money pit.', 'say', 'Conservatives'],
  ['a share, no comma', 'Most backed the plan, compared with 30 percent who said it went too far.', 'said', '30 percent'],
  ['a share of a group, no comma', 'The ferry won among the 40 percent of voters who said tolls mattered most.', 'said', '40 percent of voters'],
  ['a group and its place, no comma', 'The council heard from workers in Kiel who said the cranes were idle.', 'said', 'workers in Kiel'],
  // a clause-opening subject the word lists do not know
  ['a bare count', 'Of the skippers polled, 43 said the tolls were fair.', 'said', '43'],
  ['a bare share word', 'Several said they would strike on Monday.', 'said', 'Several'],
  ['"most of them"', 'Until the vote, most of them said they had trusted the council.', 'said', 'most of them'],
  ['a percent sign', 'On the ferry, 42% say the fares are too high.', 'say', '42%'],
  ['"more than" a count', 'More than 40 said they would sell their boats.', 'said', 'More than 40'],
  ['a document', 'The affidavit said the crane had failed twice.', 'said', 'The affidavit'],
  ['a body after a comma', 'The ferry was sold in May, the operator said Friday.', 'said', 'the operator'],
  ['a noun in -ing after its determiner', 'Another ranking says the port is the busiest in the region.', 'says', 'Another ranking'],
  ['a described group', 'Local ferry advocates say the subsidy is too small.', 'say', 'Local ferry advocates'],
  ['two coordinated nouns', 'Her advisers and allies say she will run again.', 'say', 'Her advisers and allies'],
  ['after "that"', 'The survey found that most dockers said the cranes were unsafe.', 'said', 'most dockers'],
  ['"each side"', 'Each side said the other had broken the deal.', 'said', 'Each side'],
  // a pronoun with its auxiliary written onto it
  ['"he\u2019s" and a participle', 'And he\u2019s predicting the ferry will be full by June.', 'predicting', 'he'],
  ['"she\'s not"', 'But she\'s not saying when the quay will reopen.', 'saying', 'she'],
  ['"they\'ve"', 'They\'ve suggested the tolls could fall.', 'suggested', 'They'],
];

const NOT: [string, string, string, string][] = [
  ['an object pronoun is no subject', 'But hearing him say it in the harbour hall was a shock.', 'say', 'hearing him'],
  ['a conjunction is no subject', 'The mayor toured the quay, but says the berths are full.', 'says', 'but'],
  ['"it\'s said" is no one\'s', 'It\'s said the old quay is haunted.', 'said', 'It'],
  ['a modal is no head', 'The mayor\'s staff cannot say when the quay reopens.', 'say', "The mayor's staff cannot"],
  ['a place after a preposition is no speaker', 'The grant went to a professor at Kiel University who predicted the floods.', 'predicted', 'Kiel University'],
];

/** [rule, paragraph, a word that is no verb of saying there]. */
const NONE: [string, string, string][] = [
  ['a verb of saying as a noun', 'A new report compares the fees of ten ports.', 'report'],
  ['a participle before a noun', 'She leads 1,153 to 1,028 in pledged delegates.', 'pledged'],
  ['an inanimate subject of "suggest"', 'The harbour records suggest the fees rose twice.', 'suggest'],
];

describe('cue subjects', () => {
  it.each(CASES)('%s', (_rule, paragraph, verb, subject) => {
    expect(cues(paragraph)).toContainEqual([verb, subject]);
  });
  it.each(NOT)('%s', (_rule, paragraph, verb, subject) => {
    expect(cues(paragraph)).not.toContainEqual([verb, subject]);
  });
  it.each(NONE)('%s', (_rule, paragraph, verb) => {
    expect(cues(paragraph).map(([v]) => v)).not.toContain(verb);
  });
});
