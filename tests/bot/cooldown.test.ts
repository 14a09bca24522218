// The per-user cooldown between two questions.
import { describe, expect, it } from 'vitest';
import { Cooldown } from '../../src/bot/cooldown.js';

describe('Cooldown', () => {
  it('lets a user ask once per period and says how long to wait', () => {
    let t = 0;
    const c = new Cooldown(3, () => t);
    expect(c.take('u')).toBe(0);
    t = 1200;
    expect(c.take('u')).toBe(2);
    expect(c.take('v')).toBe(0);
    t = 3000;
    expect(c.take('u')).toBe(0);
  });

  it('is off at 0 seconds', () => {
    const c = new Cooldown(0, () => 0);
    expect([c.take('u'), c.take('u')]).toEqual([0, 0]);
  });
});
