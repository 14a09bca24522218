// Waiting for a picture in Discord: the answer never misses the 3-second acknowledgement for it, and a
// picture that fails or is too big is left out rather than failing the answer.
import { describe, expect, it, vi } from 'vitest';
import { awaitPicture, type Repliable } from '../../src/bot/respond.js';
import type { BotContext } from '../../src/bot/context.js';
import type { Picture } from '../../src/render/pictures/picture.js';

const picture = (bytes = 100): Picture => ({ png: Buffer.alloc(bytes), name: 'timeline.png', title: 't', description: 'd', width: 960, height: 400 });

function setup(ageMs: number) {
  const now = 1_000_000;
  const warn = vi.fn();
  const ctx = { now: () => now, log: { warn } } as unknown as BotContext;
  const i = { deferred: false, replied: false, createdTimestamp: now - ageMs, deferReply: vi.fn(async () => { i.deferred = true; }) };
  return { ctx, i, warn, asRepliable: i as unknown as Repliable };
}

describe('awaitPicture', () => {
  it('answers without deferring when the picture is ready in time', async () => {
    const { ctx, i, asRepliable } = setup(100);
    expect(await awaitPicture(ctx, asRepliable, Promise.resolve(picture()))).not.toBeNull();
    expect(i.deferReply).not.toHaveBeenCalled();
  });

  it('defers when the picture is still being drawn as the deadline nears, then waits for it', async () => {
    const { ctx, i, asRepliable } = setup(1990);
    let finish!: (p: Picture) => void;
    const drawing = new Promise<Picture>((resolve) => { finish = resolve; });
    const waiting = awaitPicture(ctx, asRepliable, drawing, true);
    await vi.waitFor(() => expect(i.deferReply).toHaveBeenCalledWith({ flags: 64 }));
    finish(picture());
    expect((await waiting)?.name).toBe('timeline.png');
  });

  it('a picture that fails is logged and left out', async () => {
    const { ctx, warn, asRepliable } = setup(0);
    expect(await awaitPicture(ctx, asRepliable, Promise.reject(new Error('resvg failed')))).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('a picture over Discord’s upload limit is left out', async () => {
    const { ctx, warn, asRepliable } = setup(0);
    expect(await awaitPicture(ctx, asRepliable, Promise.resolve(picture(11 * 1024 * 1024)))).toBeNull();
    expect(warn.mock.calls[0]![1]).toMatch(/upload limit/);
  });
});
