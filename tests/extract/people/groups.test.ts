import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/parse/parseArticle.js';
import { extractPeople } from '../../../src/extract/people/extractPeople.js';
import { findNameMentions } from '../../../src/extract/people/nameMentions.js';
import { groupSpeaker } from '../../../src/extract/people/speakerGroups.js';

function peopleOf(...paragraphs: string[]) {
  const r = parseArticle('s.txt', `Headline of the story\n\nThe Daily Test\n\n${paragraphs.join('\n\n')}\n`);
  if (!r.ok) throw new Error(r.error);
  return extractPeople(r.article);
}

describe('plural acronyms and plural group nouns are groups, not people', () => {
  it('given "MPs", "CEOs" or "NGOs", no person is named', () => {
    const ms = findNameMentions('Backbench MPs said the CEOs of three NGOs had lobbied them.');
    expect(ms.filter((m) => m.kind === 'person')).toEqual([]);
  });

  it('given "Opposition MPs called the plan ..." the group speaks, and no person "MPs" exists', () => {
    const people = peopleOf('Opposition MPs called the statement "a tax on the young" and demanded a vote.');
    expect(people.filter((p) => p.kind === 'person').map((p) => p.name)).toEqual([]);
    expect(people.map((p) => p.name)).toContain('Opposition MPs');
  });

  it('given a capitalised qualifier before a plural group noun, the phrase as written is the group', () => {
    expect(groupSpeaker('Senate Democrats', false)?.name).toBe('Senate Democrats');
    expect(groupSpeaker('Opposition MPs', false)?.name).toBe('Opposition MPs');
  });

  it('given a person-like phrase or a singular role, no group is made', () => {
    expect(groupSpeaker('Helen Marsh', false)).toBeNull();
    expect(groupSpeaker('Marsh aides', true)).toBeNull();
    expect(groupSpeaker('Harbour Director', false)).toBeNull();
  });

  it('given "X told MPs", only X is a person', () => {
    const people = peopleOf('Helen Marsh told MPs on Wednesday that the plan was fair.');
    expect(people.filter((p) => p.kind === 'person').map((p) => p.name)).toEqual(['Helen Marsh']);
  });
});

describe('countries of several words are not people', () => {
  it('given "North Korea" and "South Africa" as subjects, no person is named', () => {
    const people = peopleOf('North Korea said the test was a success.', 'South Africa said it would send a delegation.');
    expect(people.filter((p) => p.kind === 'person')).toEqual([]);
  });

  it('given a person with a compass word in the name ("Oliver North"), the person stays', () => {
    const people = peopleOf('Oliver North said the hearing was unfair.');
    expect(people.filter((p) => p.kind === 'person').map((p) => p.name)).toEqual(['Oliver North']);
  });
});
