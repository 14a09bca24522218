// Speakers the article describes rather than names, and descriptions standing between a quote and its cue:
// each case is a paragraph (or a few) and the speaker of the quote holding some words.
import { describe, expect, it } from 'vitest';
import { body, quotesOf, speakerOf } from '../../support/quotes.js';

type Case = [what: string, paragraphs: string[], words: string, speaker: string];

const cases: Case[] = [
  ['a supporter described by the candidate she backs',
    ['Senator Rhona Teague spoke first at the harbour meeting.', 'Later the Teague supporter retorted: "Nobody here has read the tide tables at all."'],
    'read the tide tables', 'the Teague supporter'],
  ['a person by age after the verb', ['"The quay has been my whole working life," said the 46-year-old.'], 'whole working life', 'the 46-year-old'],
  ['a person by age before the verb', ['"Why would anyone dredge in winter?" the 43-year-old asked on Tuesday.'], 'dredge in winter', 'the 43-year-old'],
  ['a plural role in -men', ['"The evidence points plainly to the harbour board," the committee chairmen wrote.'], 'plainly to the harbour board',
    'the committee chairmen'],
  ['a role the lexicon lists (developer)', ['"He is a fine neighbour and a poor sailor," the property developer said of the mayor.'],
    'poor sailor', 'the property developer'],
  ['a description with a company name before the speaker',
    ['"I think there is a high chance of a flood," Tidewater Capital portfolio manager Dana Whitlock said at a forum in Kiel.'],
    'high chance of a flood', 'Dana Whitlock'],
  ['a possessive description set off by commas before the speaker',
    ['"We looked at every berth in the port," the harbour board\'s chief finance officer, Amara Osei, told the Coastal Herald.'],
    'every berth in the port', 'Amara Osei'],
  ['a cue that is the whole sentence after a full stop', ['Mayor Alba Ruiz spoke at noon.', '"The harbour stays open all winter." Ruiz said.'],
    'stays open all winter', 'Alba Ruiz'],
  ['a closing colon whose sentence opens with a clause naming someone else',
    ['When Tomas Keel retired in 2019, Mayor Alba Ruiz released the following statement:', '"The harbour owes its ferries to one patient man."'],
    'one patient man', 'Alba Ruiz'],
];

describe('described speakers and descriptions before a cue', () => {
  it.each(cases)('given %s', (_what, paragraphs, words, speaker) => {
    expect(speakerOf(quotesOf(body(...paragraphs)), words)).toBe(speaker);
  });

  it.each<[string, string[], string]>([
    ['a quote closed by a full stop and a new sentence with its own clause',
      ['"The channel is silting up." Tomas Keel said the board had known for years.'], 'channel is silting up'],
    ['a quote closed by a comma and a clause link before the cue',
      ['"We will see what the spring tides bring," and when the mayor left, Tomas Keel said nothing more.'], 'spring tides bring'],
  ])('names no cue speaker for %s', (_what, paragraphs, words) => {
    const direct = quotesOf(body(...paragraphs)).filter((q) => q[1] === 'direct');
    expect(speakerOf(direct, words) ?? 'unknown').not.toBe('Tomas Keel');
  });
});
