// Before the bot loads anything it asks Discord one question; what can go wrong there is said in one line.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRest } from '../../src/bot/runBot.js';
import { DiscordUnreachable, networkCode, reachDiscord, unreachableMessage } from '../../src/bot/reachDiscord.js';
import { describeFailure } from '../../src/cli/failure.js';
import { ConfigError } from '../../src/config/env.js';
import { FakeDiscord } from '../support/fakeDiscord.js';
import { APP_ID, TOKEN } from '../support/botHarness.js';

let fake: FakeDiscord;
beforeAll(async () => { fake = await FakeDiscord.start({ token: TOKEN, applicationId: APP_ID }); });
afterAll(async () => { await fake?.stop(); });

async function closedPort(): Promise<number> {
  const server = createServer();
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('reachDiscord', () => {
  it('returns when Discord answers', async () => {
    await expect(reachDiscord(createRest({ DISCORD_API_URL: fake.apiUrl }, TOKEN), fake.apiUrl)).resolves.toBeUndefined();
  });

  it('a refused token is a ConfigError naming DISCORD_TOKEN', async () => {
    await expect(reachDiscord(createRest({ DISCORD_API_URL: fake.apiUrl }, 'x'.repeat(40)), fake.apiUrl)).rejects.toThrow(ConfigError);
  });

  it('a closed port is "connection refused", naming the URL and what to check', async () => {
    const api = `http://127.0.0.1:${await closedPort()}/api`;
    const err = await reachDiscord(createRest({ DISCORD_API_URL: api }, TOKEN), api).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DiscordUnreachable);
    expect(describeFailure(err)).toBe(`cannot reach Discord at ${api} (connection refused): check the network or DISCORD_API_URL`);
  });

  it.each([
    [{ code: 'ECONNREFUSED' }, 'ECONNREFUSED'],
    [{ message: 'fetch failed', cause: { code: 'ENOTFOUND' } }, 'ENOTFOUND'],
    [{ name: 'TimeoutError' }, 'ETIMEDOUT'],
    [{ message: 'something else' }, null],
  ])('networkCode(%j) is %s', (err, code) => {
    expect(networkCode(err)).toBe(code);
  });

  it('says unknown codes as they are', () => {
    expect(unreachableMessage('https://discord.com/api', 'EWEIRD')).toBe('cannot reach Discord at https://discord.com/api (EWEIRD): check the network or DISCORD_API_URL');
  });

  it('any other failure is its first line, never a stack', () => {
    const err = new Error('boom\n    at somewhere.js:1:1');
    expect(describeFailure(err)).toBe('failed: boom');
  });
});
