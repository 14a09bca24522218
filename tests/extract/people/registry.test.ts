import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/parse/parseArticle.js';
import type { Article } from '../../../src/parse/article.js';
import { extractPeople } from '../../../src/extract/people/extractPeople.js';
import { buildRegistry } from '../../../src/extract/people/registry.js';
import { findNameMentions } from '../../../src/extract/people/nameMentions.js';
import { givenNamesAgree, spellingKey } from '../../../src/extract/people/nameForms.js';

function article(id: string, ...paragraphs: string[]): Article {
  const r = parseArticle(id, `Headline for ${id}\n\nThe Test Gazette\n\n${paragraphs.join('\n\n')}\n`);
  if (!r.ok) throw new Error(r.error);
  return r.article;
}
const peopleOf = (a: Article) => extractPeople(a).filter((p) => p.kind === 'person');

describe('names and titles in a paragraph', () => {
  it('splits a title or role from the name', () => {
    const m = findNameMentions('Norwegian Prime Minister Ingrid Halvorsen met Mr. Tarek Aziz and former President of Chile Rosa Vidal.');
    expect(m.filter((x) => x.kind === 'person').map((x) => [x.parts.join(' '), x.role])).toEqual([
      ['Ingrid Halvorsen', 'Norwegian Prime Minister'],
      ['Tarek Aziz', null],
      ['Rosa Vidal', 'former President of Chile'],
    ]);
  });

  it('keeps surnames that are also office nouns or countries', () => {
    const m = findNameMentions('The host Larry King spoke to Rep. Jim Jordan.');
    expect(m.map((x) => x.parts.join(' '))).toEqual(['Larry King', 'Jim Jordan']);
  });

  it('does not take organisations or things for people', () => {
    const m = findNameMentions('The Department of Coastal Affairs and the Eternal Flame memorial drew Bill Harper.');
    expect(m.filter((x) => x.kind === 'person').map((x) => x.parts.join(' '))).toEqual(['Bill Harper']);
  });
});

describe('spelling variants', () => {
  it('folds transliteration and diacritics', () => {
    expect(spellingKey('Sergei')).toBe(spellingKey('Sergey'));
    expect(spellingKey('Aliyev')).toBe(spellingKey('Aliev'));
    expect(spellingKey('Gonzàlez')).toBe(spellingKey('Gonzalez'));
    expect(givenNamesAgree('J.', 'John')).toBe(true);
    expect(givenNamesAgree('Heydar', 'Ilham')).toBe(false);
  });
});

describe('people of one article', () => {
  it('joins full names, surnames and titles into one person with roles, aliases and gender', () => {
    const a = article('a.txt',
      'Danish Foreign Minister Mette Lund arrived in Oslo on Monday.',
      'Lund said her government would back the plan.',
      'Foreign Minister Lund later met reporters.');
    const [p, ...rest] = peopleOf(a);
    expect(rest).toEqual([]);
    expect(p!.name).toBe('Mette Lund');
    expect(p!.aliases).toEqual(expect.arrayContaining(['Lund', 'Danish Foreign Minister Mette Lund']));
    expect(p!.roles).toEqual(expect.arrayContaining(['Danish Foreign Minister', 'Foreign Minister of Denmark']));
    expect(p!.gender).toBe('female');
  });

  it('keeps two people who share a surname apart, and a lone surname goes to the one named last', () => {
    const a = article('b.txt',
      'President Omar Haddad opened the session. He praised his father, former President Karim Haddad.',
      'Omar Haddad spoke for an hour.');
    const names = peopleOf(a).map((p) => p.name).sort();
    expect(names).toEqual(['Karim Haddad', 'Omar Haddad']);
  });

  it('gives appositive roles', () => {
    const a = article('c.txt', 'Nadia Petrova, a senior economist at the central bank, said rates would stay.');
    expect(peopleOf(a)[0]!.roles).toContain('senior economist at the central bank');
  });

  it('drops capitalised words with no sign of being a person', () => {
    const a = article('d.txt', 'Tourists visited Ground Zero and Times Square before heading to Central Park.');
    expect(peopleOf(a)).toEqual([]);
  });
});

describe('one registry across articles', () => {
  it('merges Sergei and Sergey, never two different given names, and resolves local keys', () => {
    const a = article('1.txt', 'Foreign Minister Sergei Lavrov said talks would go on.');
    const b = article('2.txt', 'Sergey Lavrov met Ilham Aliyev. Lavrov said the talks were useful.');
    const c = article('3.txt', 'The grave of former President Heydar Aliyev was visited by President Ilham Aliyev.');
    const inputs = [a, b, c].map((x) => ({ articleId: x.id, people: extractPeople(x) }));
    const reg = buildRegistry(inputs);
    const names = reg.people.filter((p) => !/^\p{Ll}/u.test(p.name)).map((p) => p.name).sort();
    expect(names).toEqual(['Heydar Aliyev', 'Ilham Aliyev', 'Sergei Lavrov']);
    const lav1 = reg.resolve('1.txt', inputs[0]!.people[0]!.key);
    const lav2 = reg.resolve('2.txt', inputs[1]!.people.find((p) => p.name.includes('Lavrov'))!.key);
    expect(lav1?.id).toBe(lav2?.id);
    expect(lav1?.aliases).toContain('Sergey Lavrov');
  });

  it('keeps unnamed sources within their own article', () => {
    const a = article('x.txt', 'The levee will hold through the weekend, officials said.');
    const b = article('y.txt', 'The airport will reopen on Friday, officials said.');
    const reg = buildRegistry([a, b].map((x) => ({ articleId: x.id, people: extractPeople(x) })));
    const groups = reg.people.filter((p) => p.name === 'officials');
    expect(groups).toHaveLength(2);
    expect(new Set(groups.map((g) => g.id)).size).toBe(2);
  });

  it('gives the same ids for the same seeds', () => {
    const make = () => buildRegistry([article('1.txt', 'Senator Ana Ruiz said the bill would pass.')].map((x) => ({ articleId: x.id, people: extractPeople(x) })));
    expect(make().people.map((p) => p.id)).toEqual(make().people.map((p) => p.id));
  });
});
