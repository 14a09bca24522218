// What Byline reads back from Discord's REST API, validated with zod rather than cast: a proxy or a changed
// API that answers with something else fails with a line naming the request, not deep inside a comparison.
import { z } from 'zod';

/** GET application commands (global or guild): a list of command objects; only `name` is relied on. */
export const RegisteredCommands = z.array(z.looseObject({ name: z.string() }));

/** GET /users/@me/guilds: a list of partial guilds; only `id` is relied on. */
export const UserGuilds = z.array(z.looseObject({ id: z.string() }));

/** The REST result checked against its shape; an Error naming the request and the first mismatch otherwise. */
export function restResult<T>(shape: z.ZodType<T>, value: unknown, request: string): T {
  const parsed = shape.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length ? ` at ${issue.path.join('.')}` : '';
  throw new Error(`Discord's answer to ${request} was not what Byline expects${where}: ${issue.message} (check DISCORD_API_URL)`);
}
