// Before any work starts, one request to Discord's REST API (GET /gateway/bot, the first thing a login asks):
// an unreachable Discord or a refused token is then one plain line, and the seeds are not loaded for nothing.
import { DiscordAPIError, REST, Routes } from 'discord.js';
import { ConfigError } from '../config/env.js';

export const DEFAULT_API_URL = 'https://discord.com/api';

export class DiscordUnreachable extends Error {}

const REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'name lookup failed',
  ETIMEDOUT: 'timed out',
  UND_ERR_CONNECT_TIMEOUT: 'timed out',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  CERT_HAS_EXPIRED: 'its TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'a self-signed TLS certificate',
};

/** The network error's code, looking through `cause` chains (fetch wraps the socket's error). */
export function networkCode(err: unknown): string | null {
  type Link = { code?: unknown; cause?: unknown; name?: unknown } | undefined;
  for (let e = err as Link, depth = 0; e && depth < 5; e = e.cause as Link, depth++) {
    if (typeof e.code === 'string' && (REASONS[e.code] || /^E[A-Z]+$/.test(e.code) || e.code.startsWith('UND_ERR'))) return e.code;
    if (e.name === 'AbortError' || e.name === 'TimeoutError') return 'ETIMEDOUT';
  }
  return null;
}

export function unreachableMessage(apiUrl: string, code: string): string {
  return `cannot reach Discord at ${apiUrl} (${REASONS[code] ?? code}): check the network or DISCORD_API_URL`;
}

/** Throws DiscordUnreachable (network) or ConfigError (token refused); returns when Discord answers. */
export async function reachDiscord(rest: REST, apiUrl: string | undefined, timeoutMs = 15_000): Promise<void> {
  const url = apiUrl ?? DEFAULT_API_URL;
  try {
    await rest.get(Routes.gatewayBot(), { signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    if (err instanceof DiscordAPIError || typeof (err as { status?: unknown }).status === 'number') {
      if ((err as { status: number }).status === 401) {
        throw new ConfigError("DISCORD_TOKEN: Discord refused this token "
          + "(reset it on the Developer Portal's Bot page and put the new one in .env)");
      }
      return; // Discord answered: whatever else it said, the login has its own retries and messages
    }
    const code = networkCode(err);
    if (code) throw new DiscordUnreachable(unreachableMessage(url, code));
    throw err;
  }
}
