import { describe, expect, it } from 'vitest';
import { when } from '../../src/answer/when.js';
import { buildLibrary } from '../../src/library/library.js';
import { parseArticle } from '../../src/parse/parseArticle.js';

const article = (file: string, text: string) => {
  const r = parseArticle(file, text);
  if (!r.ok) throw new Error(r.error);
  return r.article;
};

// The flood story's lede has no date; its second paragraph dates the flood. The harbour story repeats most
// of the lede's words about another flood on another day.
const flood = article('flood.md', `---
title: Flood waters sweep through the old town
outlet: Valley Courier
published: 2024-05-10
---

Flood waters poured through the old town of Marrow, lifting parked cars off the streets and filling cellars along the river front with mud.

The Tessel river burst its banks on Thursday after three days of heavy rain, the county said.

Volunteers handed out sandbags at the church hall.
`);
const harbour = article('harbour.md', `---
title: Storm surge floods the harbour
outlet: Coast Herald
published: 2024-03-08
---

Flood waters poured through the harbour on Monday, lifting parked cars off the streets and filling cellars along the front.

On Wednesday, Mayor Ines Okafor and harbour master Tomas Reyes met again to finish their discussion of the repairs.
`);
const lib = buildLibrary([flood, harbour]);

const LEDE = 'Flood waters poured through the old town of Marrow, lifting parked cars off the streets and filling cellars along '
  + 'the river front with mud.';

describe('when: a question pasted from an article', () => {
  it('an undated sentence: the dated events of its own story come before look-alikes of other stories', () => {
    const top = when(lib, LEDE).answers[0]!;
    expect(top.evidence.article).toBe('flood.md');
    expect(top.date?.start).toBe('2024-05-09');
  });

  it('a question as people type it is ranked on its words alone', () => {
    const top = when(lib, 'When did flood waters lift parked cars off the streets?').answers[0]!;
    expect(top.evidence.article).toBe('harbour.md');
    expect(top.date?.start).toBe('2024-03-04');
  });

  it('one answer per sentence and date: a meeting that is also talks is said once', () => {
    const answers = when(lib, 'Okafor and Reyes met to finish their discussion').answers;
    const keys = answers.map((e) => `${e.evidence.text}|${e.date?.start}`);
    expect(answers.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
