// Paging buttons: who may turn a page, and ids that are hostile or expired.
import { describe, expect, it } from 'vitest';
import { Pager, pageButtons, parsePageId } from '../../src/bot/pager.js';

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
