// An unexpected error as one line a person can act on: a network failure says what could not be reached and
// why in words; anything else is its message, never a stack (LOG_LEVEL=debug prints that).
import { DiscordUnreachable } from '../bot/reachDiscord.js';

export function describeFailure(err: unknown): string {
  if (err instanceof DiscordUnreachable) return err.message;
  const e = err as { message?: unknown; code?: unknown };
  const message = typeof e?.message === 'string' && e.message ? e.message : String(err);
  return `failed: ${message.split('\n')[0]}`;
}
