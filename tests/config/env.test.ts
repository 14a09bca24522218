import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, requireBotConfig } from '../../src/config/env.js';

describe('configuration from the environment', () => {
  it('has defaults for everything optional', () => {
    const c = loadConfig({});
    expect(c.SEEDS_DIR).toBe('./seeds');
    expect(c.MODERATOR_ROLE_IDS).toEqual([]);
    expect(c.DISCORD_TOKEN).toBeUndefined();
    expect(c.SEEDS_MAX_FILE_BYTES).toBe(5 * 1024 * 1024);
    // a 100,000-article archive loads whole without raising it
    expect(c.SEEDS_MAX_FILES).toBeGreaterThanOrEqual(100_000);
    expect(c.COOLDOWN_SECONDS).toBe(3);
  });

  it('reads a comma list of moderator roles and treats empty values as unset', () => {
    const c = loadConfig({ MODERATOR_ROLE_IDS: ' 123456789012345678 , 223456789012345678,', DISCORD_GUILD_ID: '', LOG_LEVEL: 'DEBUG' });
    expect(c.MODERATOR_ROLE_IDS).toEqual(['123456789012345678', '223456789012345678']);
    expect(c.DISCORD_GUILD_ID).toBeUndefined();
    expect(c.LOG_LEVEL).toBe('debug');
  });

  it.each([
    ['MODERATOR_ROLE_IDS', { MODERATOR_ROLE_IDS: 'admins' }],
    ['DISCORD_CLIENT_ID', { DISCORD_CLIENT_ID: 'my-bot' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['DISCORD_API_URL', { DISCORD_API_URL: 'not a url' }],
    ['SEEDS_MAX_FILE_BYTES', { SEEDS_MAX_FILE_BYTES: '-5' }],
  ])('a malformed %s is one line naming it', (name, env) => {
    let message = '';
    try { loadConfig(env); } catch (e) { expect(e).toBeInstanceOf(ConfigError); message = (e as Error).message; }
    expect(message.startsWith(`${name}: `)).toBe(true);
    expect(message).not.toContain('\n');
  });

  it('the bot needs a token and an application ID, and says where to find them', () => {
    expect(() => requireBotConfig(loadConfig({}))).toThrow(/DISCORD_TOKEN: not set/);
    expect(() => requireBotConfig(loadConfig({ DISCORD_TOKEN: 'x'.repeat(60) }))).toThrow(/DISCORD_CLIENT_ID: not set.*Application ID/);
  });
});
