import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, scrubSecrets } from '../../src/log/logger.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({ write(chunk, _enc, cb) { lines.push(String(chunk)); cb(); } });
  return { lines, stream };
}

// Shaped like a bot token, made up for the test.
const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';

describe('the logger', () => {
  it('writes structured JSON with the part name of a child logger', () => {
    const { lines, stream } = capture();
    const log = createLogger({ destination: stream, level: 'info' }).child({ part: 'bot' });
    log.info({ guilds: 3 }, 'ready');
    const rec = JSON.parse(lines[0]!);
    expect(rec).toMatchObject({ name: 'byline', part: 'bot', guilds: 3, msg: 'ready', level: 30 });
  });

  it('never prints the bot token, an interaction token or a webhook token, wherever they appear', () => {
    const { lines, stream } = capture();
    const log = createLogger({ destination: stream, secrets: [TOKEN] });
    log.info({ token: 'interaction-token-value-1234567890' }, 'by field');
    log.info({ config: { DISCORD_TOKEN: TOKEN } }, 'nested');
    log.error({ url: 'https://discord.com/api/v10/interactions/123456789012345678/aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4/callback' }, 'callback failed');
    log.error({ url: 'https://discord.com/api/v10/webhooks/123456789012345678/aW50ZXJhY3Rpb246OTg3NjU0MzIxMDk4NzY1NDMy/messages/@original' }, 'edit failed');
    log.warn(`login failed for ${TOKEN}`);
    log.warn({ headers: { authorization: `Bot ${TOKEN}` } }, 'request');
    const all = lines.join('');
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain('interaction-token-value');
    expect(all).not.toContain('aW50ZXJhY3Rpb246');
    expect(all.match(/\[Redacted\]/g)!.length).toBeGreaterThanOrEqual(6);
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
  });

  it('scrubs a token shape even when it was never configured', () => {
    expect(scrubSecrets(`oops ${TOKEN} leaked`)).toBe('oops [Redacted] leaked');
  });
});
