// Configuration from the environment (docs/contract.md §4), validated with zod. A bad value is one plain line that
// names the variable and says what to set, never a stack trace.
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{15,22}$/, 'must be a Discord ID (15 to 22 digits)');
const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v);
const positiveInt = (dflt: number) => z.preprocess(emptyToUndefined, z.coerce.number().int().positive().default(dflt));

export const ConfigSchema = z.object({
  DISCORD_TOKEN: z.preprocess(emptyToUndefined, z.string().min(20, 'looks too short to be a bot token').optional()),
  DISCORD_CLIENT_ID: z.preprocess(emptyToUndefined, snowflake.optional()),
  DISCORD_GUILD_ID: z.preprocess(emptyToUndefined, snowflake.optional()),
  SEEDS_DIR: z.preprocess(emptyToUndefined, z.string().default('./seeds')),
  MODERATOR_ROLE_IDS: z.preprocess(
    (v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v ?? []),
    z.array(snowflake),
  ),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() ? v.trim().toLowerCase() : undefined),
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  ),
  DISCORD_API_URL: z.preprocess(
    emptyToUndefined,
    z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' }).optional(),
  ),
  SEEDS_MAX_FILE_BYTES: positiveInt(5 * 1024 * 1024),
  /** Room for a 100,000-article archive and twice that. */
  SEEDS_MAX_FILES: positiveInt(200_000),
  /** Seconds a user waits between two questions; 0 turns the cooldown off. */
  COOLDOWN_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().min(0).max(3600).default(3)),
  /** Longest direct message answered, in characters. */
  DM_MAX_CHARS: positiveInt(1000),
  /** The extraction cache's folder; 'off' turns the cache off. */
  BYLINE_CACHE_DIR: z.preprocess(emptyToUndefined, z.string().refine((v) => v === 'off' || !/[\0]/.test(v), 'must be a folder path, or off').optional()),
});
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

const HINTS: Record<string, string> = {
  DISCORD_TOKEN: "copy the bot token from the Developer Portal's Bot page",
  DISCORD_CLIENT_ID: "copy the Application ID from the Developer Portal's General Information page",
  DISCORD_GUILD_ID: 'right-click the server with Developer Mode on, Copy Server ID; or leave it empty',
  MODERATOR_ROLE_IDS: 'a comma-separated list of role IDs, or leave it empty',
  LOG_LEVEL: 'one of fatal, error, warn, info, debug, trace, silent',
  BYLINE_CACHE_DIR: 'a writable folder for the extraction cache, or off',
};

/** Reads the configuration; throws ConfigError with one line for the first bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const name = String(issue.path[0] ?? 'environment');
  const hint = HINTS[name] ? ` (${HINTS[name]})` : '';
  throw new ConfigError(`${name}: ${issue.message}${hint}`);
}

/** The bot needs a token and an application ID; the console and CLI need neither. */
export function requireBotConfig(config: Config): Required<Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_CLIENT_ID'>> & Config {
  if (!config.DISCORD_TOKEN) throw new ConfigError(`DISCORD_TOKEN: not set (${HINTS.DISCORD_TOKEN}, then put it in .env)`);
  if (!config.DISCORD_CLIENT_ID) throw new ConfigError(`DISCORD_CLIENT_ID: not set (${HINTS.DISCORD_CLIENT_ID})`);
  return config as Required<Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_CLIENT_ID'>> & Config;
}
