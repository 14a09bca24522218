// Claims retold the way people type them: a name typed short, a word of the same sense WordNet keeps apart,
// a number in words, a denial in other words; and retold false ones: the sides swapped across two articles,
// another relative, another span of time, another place. Short articles written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/parse/parseArticle.js';
import { buildLibrary, type Library } from '../../../src/library/library.js';
import { sources } from '../../../src/answer/sources/sources.js';
import { isShortForm } from '../../../src/text/shortForms.js';
import { sameSenseTerms } from '../../../src/text/sameSense.js';
import { stem } from '../../../src/text/tokens.js';

const ARTICLES: Record<string, string> = {
  'bout.txt': `---
title: Dravik keeps titles in Ostrava
outlet: Ring Daily
published: 2025-04-13
---
Wenzel Dravik stopped Karol Minsk in the fifth round to retain his two heavyweight titles in Ostrava on Saturday.

The crowd of 12,000 stayed on its feet for most of the fight.`,
  'bout-report.txt': `---
title: A stoppage in Ostrava
outlet: Boxing Wire
published: 2025-04-13
---
Fans in Ostrava saw a fifth-round stoppage in the heavyweight title fight on Saturday, and the champion kept both belts.

Promoters said a rematch was unlikely this year.`,
  'climb.txt': `---
title: Climber rescued on Mount Tarrow
outlet: Alpine Post
published: 2025-02-02
---
An Australian climber survived three nights on Mount Tarrow after seeing his brother fall, rescuers said.

He was flown to the hospital in Benn on Tuesday.`,
  'rep.txt': `---
title: Singer enters clinic
outlet: Star Pages
published: 2025-06-01
---
The singer Lira Vance entered a clinic in Portmore on Monday.

Vance's agent would not disclose why she entered the clinic, but a friend said the decision was her own.`,
  'plant.txt': `---
title: Grain plant burns
outlet: Valley Herald
published: 2025-08-20
---
The old Harlow grain plant burned to the ground less than a week after its last owner closed it.

Firefighters from three towns fought the blaze through the night.`,
  'match.txt': `---
title: Orinda Hawks reach the final
outlet: Sports Desk
published: 2025-05-05
---
The Orinda Hawks beat the Salem Foxes 3-1 at home in Orinda to reach the cup final.

The Hawks will meet Tarn in the final next month.`,
  'match-road.txt': `---
title: Hawks through to the final
outlet: Cup Weekly
published: 2025-05-05
---
The Hawks won 3-1 over the Foxes in Salem to reach the cup final, the league said.`,
};

let lib: Library;
beforeAll(() => {
  lib = buildLibrary(Object.entries(ARTICLES).map(([f, text]) => {
    const r = parseArticle(f, text);
    if (!r.ok) throw new Error(r.error);
    return r.article;
  }));
});

const stances = (claim: string) => Object.fromEntries(sources(lib, claim).answers.map((a) => [a.evidence.article, a.stance]));

describe('sources: retold claims', () => {
  it('given a name typed short ("Wenz", "Mt"), the name written out carries it', () => {
    expect(isShortForm('mt', 'mount')).toBe(true);
    expect(isShortForm('philly', 'philadelphia')).toBe(true);
    expect(isShortForm('aussie', 'australian')).toBe(true);
    expect(isShortForm('mark', 'marks')).toBe(false);
    expect(isShortForm('jo', 'jones')).toBe(false);
    const a = sources(lib, 'An Aussie climber survived three nights on Mt Tarrow after seeing his brother fall');
    expect(a.verdict).toBe('supported');
    expect(stances('An Aussie climber survived three nights on Mt Tarrow after seeing his brother fall')['climb.txt']).toBe('supports');
  });

  it('given a word of the sense news gives it (belts for titles) and a number in words, supported', () => {
    expect(sameSenseTerms(stem('belts'))).toContain(stem('titles'));
    const a = sources(lib, 'Dravik stopped Minsk in round 5 to keep his 2 heavyweight belts');
    expect(a.verdict).toBe('supported');
    expect(stances('Dravik stopped Minsk in round 5 to keep his 2 heavyweight belts')['bout.txt']).toBe('supports');
  });

  it('given a denial in other words ("would not say" for "would not disclose"), supported', () => {
    expect(sources(lib, "Vance's agent would not say why she entered the clinic").verdict).toBe('supported');
  });

  it('given the telling asserted that the article denies ("explained why"), never supported by that article', () => {
    expect(stances("Vance's agent explained why she entered the clinic")['rep.txt']).not.toBe('supports');
  });
});

describe('sources: retold false claims', () => {
  it('given the sides swapped, an article that never says who stopped whom does not outweigh one naming them', () => {
    const claim = 'Karol Minsk stopped Wenzel Dravik in the fifth round';
    const s = stances(claim);
    expect(s['bout.txt']).toBe('conflicts');
    expect(s['bout-report.txt']).not.toBe('supports');
    expect(sources(lib, claim).verdict).not.toBe('supported');
    // the claim told the right way round is still supported by both
    expect(stances('Wenzel Dravik stopped Karol Minsk in the fifth round')['bout.txt']).toBe('supports');
  });

  it('given another relative in the claim (father for brother), conflicting, with the relative the article gives', () => {
    const a = sources(lib, 'An Australian climber survived three nights on Mount Tarrow after seeing his father fall');
    expect(a.verdict).not.toBe('supported');
    const item = a.answers.find((x) => x.evidence.article === 'climb.txt')!;
    expect(item.conflicts[0]!.reason).toBe('the article says brother, not father');
  });

  it('given another span of time (a year for a week), not supported', () => {
    const a = sources(lib, 'The Harlow grain plant burned to the ground a year after its last owner closed it');
    expect(a.verdict).not.toBe('supported');
    expect(sources(lib, 'The Harlow grain plant burned to the ground a week after its last owner closed it').verdict).toBe('supported');
  });

  it('given another place, not filled in from the headline when the passage names its own place', () => {
    const s = stances('The Hawks won 3-1 over the Foxes in Orinda to reach the cup final');
    expect(s['match-road.txt']).not.toBe('supports');
  });
});
