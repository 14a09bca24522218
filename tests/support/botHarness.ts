// Starts the real bot (runBot, the discord.js client) against a fake Discord, with logs captured in memory.
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config/env.js';
import { createLogger } from '../../src/log/logger.js';
import { runBot, type BotHandle, type BotConfig, type RunBotOptions } from '../../src/bot/runBot.js';
import type { FakeDiscord } from './fakeDiscord.js';

export const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GfakeX.abcdefghijklmnopqrstuvwxyz0123456789AB';
export const APP_ID = '111111111111111111';

export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.lines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  }
  get text(): string {
    return this.lines.join('\n');
  }
}

export function botConfig(fake: FakeDiscord, env: Record<string, string> = {}): BotConfig {
  return loadConfig({
    DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, COOLDOWN_SECONDS: '0', LOG_LEVEL: 'debug', ...env,
  }) as BotConfig;
}

export async function startBot(fake: FakeDiscord, env: Record<string, string>, extra: Partial<RunBotOptions> = {}, waitForLoad = true): Promise<{ bot: BotHandle; logs: LogCapture }> {
  const logs = new LogCapture();
  const config = botConfig(fake, env);
  // trace: discord.js's own debug lines too, so the token checks see everything that could be logged
  const log = createLogger({ level: 'trace', secrets: [TOKEN], destination: logs, pretty: false });
  const bot = await runBot({ config, log, ...extra });
  if (waitForLoad) await bot.firstLoad;
  return { bot, logs };
}
