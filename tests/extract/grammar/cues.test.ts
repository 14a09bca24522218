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
];

const NOT: [string, string, string, string][] = [
  ['a place after a preposition is no speaker', 'The grant went to a professor at Kiel University who predicted the floods.', 'predicted', 'Kiel University'],
];

describe('cue subjects', () => {
  it.each(CASES)('%s', (_rule, paragraph, verb, subject) => {
    expect(cues(paragraph)).toContainEqual([verb, subject]);
  });
  it.each(NOT)('%s', (_rule, paragraph, verb, subject) => {
    expect(cues(paragraph)).not.toContainEqual([verb, subject]);
  });
});
