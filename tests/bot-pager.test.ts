// Paging buttons and the per-user cooldown.
import { describe, expect, it } from 'vitest';
import { Cooldown } from '../src/bot/cooldown.js';
import { Pager, pageButtons, parsePageId } from '../src/bot/pager.js';

const pages = [1, 2, 3].map((n) => ({ content: `page ${n}`, embeds: [] }));

describe('Pager', () => {
  it('turns pages for the asker only', () => {
    const pager = new Pager(() => 0);
    const id = pager.open('alice', pages);
    const next = pageButtons(id, 0, 3)[0]!.components[2] as { custom_id: string };
    expect(pager.turn(next.custom_id, 'bob')).toEqual({ kind: 'not-owner' });
    const turn = pager.turn(next.custom_id, 'alice');
    expect(turn.kind === 'page' && turn.page.content).toBe('page 2');
  });

  it('disables ◀ on the first page and ▶ on the last, and shows the position', () => {
    const [row] = pageButtons('abc', 2, 3);
    const [prev, pos, next] = row!.components as { disabled: boolean; label: string }[];
    expect([prev!.disabled, pos!.label, next!.disabled]).toEqual([false, '3 / 3', true]);
    expect(pageButtons('abc', 0, 1)).toEqual([]);
  });

  it('expires pages after 15 minutes and rejects forged ids', () => {
    let t = 0;
    const pager = new Pager(() => t);
    const id = pager.open('alice', pages);
    t = 16 * 60 * 1000;
    expect(pager.turn(`byline:page:${id}:1`, 'alice')).toEqual({ kind: 'expired' });
    expect(parsePageId('byline:page:../../x:1')).toBeNull();
    expect(pager.turn('byline:page:zzz:99999', 'alice')).toEqual({ kind: 'expired' });
  });
});

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
