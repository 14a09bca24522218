import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/parse/parseArticle.js';
import { extractPeople } from '../../../src/extract/people/extractPeople.js';
import { givenNameGender } from '../../../src/extract/people/givenNames.js';

function genders(...paragraphs: string[]): Record<string, string | null> {
  const r = parseArticle('s.txt', `Headline of the story\n\nThe Daily Test\n\n${paragraphs.join('\n\n')}\n`);
  if (!r.ok) throw new Error(r.error);
  return Object.fromEntries(extractPeople(r.article).filter((p) => p.kind === 'person').map((p) => [p.name, p.gender]));
}

describe('gender from a common given name', () => {
  it('given names used for one gender decide; unisex and unknown names do not', () => {
    expect(givenNameGender('Donald')).toBe('male');
    expect(givenNameGender('susan')).toBe('female');
    expect(givenNameGender('Jordan')).toBeNull();
    expect(givenNameGender('Taylor')).toBeNull();
    expect(givenNameGender('Zbigniewa')).toBeNull();
    expect(givenNameGender('')).toBeNull();
  });

  it('given a person never followed by a pronoun, the given name sets the gender', () => {
    const g = genders('Councillor Susan Whitlock said the depot would close in May.', 'Robert Delacourt said the plan was sound.');
    expect(g['Susan Whitlock']).toBe('female');
    expect(g['Robert Delacourt']).toBe('male');
  });

  it('given pronouns that say otherwise, they outweigh the given name', () => {
    const g = genders('Mark Ellery said she had read every page of the report.', 'Ellery added that she would testify again in June.');
    expect(g['Mark Ellery']).toBe('female');
  });

  it('given an unlisted given name and no pronoun, the gender stays unknown', () => {
    const g = genders('Quillon Brastead said the bridge would reopen.');
    expect(g['Quillon Brastead']).toBeNull();
  });
});
