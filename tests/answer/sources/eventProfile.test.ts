import { describe, expect, it } from 'vitest';
import { eventProfile, profileShare } from '../../../src/answer/sources/eventIdentity.js';
import { TermIndex } from '../../../src/textIndex/termIndex.js';
import { terms } from '../../../src/text/tokens.js';

/** Our own short reports: two of one fight (opponent, venue), one of the champion's later fight, and filler
 *  articles on other topics so that the topic's names are commoner than the fight's own details. */
const REPORTS = [
  'Arno Kovan stopped Tomas Marsh in the ninth round at the Halden Arena to keep his belts.',
  'Kovan retained his titles against Marsh, ending the bout in round nine in Halden.',
  'Arno Kovan beat Luis Delgado on points in Cardiff a year later.',
  ...Array.from({ length: 12 }, (_, k) => `Filler report number ${k} on the harbour works and the council budget.`),
];

describe('event profile: the details of the event, not of its topic', () => {
  const index = new TermIndex();
  for (const r of REPORTS) index.addTerms(terms(r));

  it('given the fight\'s own report as carrier, the other report of that fight shares more than the later fight', () => {
    const profile = eventProfile(index, terms(REPORTS[0]!));
    expect(profile.total).toBeGreaterThan(0);
    expect(profileShare(profile, index, 1)).toBeGreaterThan(profileShare(profile, index, 2));
    expect(profileShare(profile, index, 3)).toBe(0);
  });

  it('given a carrier whose terms no other article holds, an empty profile that ranks nothing', () => {
    const profile = eventProfile(index, terms('Zyxwv qwerty'));
    expect(profile.total).toBe(0);
    expect(profileShare(profile, index, 1)).toBe(0);
  });
});
