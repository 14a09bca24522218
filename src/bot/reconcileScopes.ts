// Byline's commands live in one scope at a time. Registering in a guild removes the global commands, or
// that server would list every command twice (its own copy and the global one); registering globally
// removes the guild copies left in the servers the bot is in. Each scope is read first and overwritten
// with [] only while it still holds commands, so a move is cleaned up once and later starts write nothing.
import { Routes, type REST } from 'discord.js';
import { RegisteredCommands, UserGuilds, restResult } from './restShapes.js';

/** More servers than this are not searched for guild copies: one read each would crowd the start-up. */
export const MAX_GUILD_CHECKS = 25;

export interface Reconciled {
  /** Scopes ("global", "guild:<id>") that held Byline's commands and were emptied, with how many. */
  cleared: { scope: string; count: number }[];
  /** Scopes that could not be read or emptied (a server that removed the bot), with Discord's reason. */
  failed: { scope: string; reason: string }[];
  /** True when the bot is in more servers than were searched. */
  partial: boolean;
}

function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

async function empty(rest: REST, route: `/${string}`, scope: string, out: Reconciled): Promise<void> {
  try {
    const held = restResult(RegisteredCommands, await rest.get(route), `GET ${route}`);
    if (held.length === 0) return;
    await rest.put(route, { body: [] });
    out.cleared.push({ scope, count: held.length });
  } catch (err) {
    out.failed.push({ scope, reason: reasonOf(err) });
  }
}

/** Empties the scope Byline is not registering in: global for a guild, the bot's servers for global. */
export async function clearOtherScope(rest: REST, applicationId: string, guildId: string | undefined): Promise<Reconciled> {
  const out: Reconciled = { cleared: [], failed: [], partial: false };
  if (guildId) {
    await empty(rest, Routes.applicationCommands(applicationId), 'global', out);
    return out;
  }
  let guilds: { id: string }[];
  try {
    const query = new URLSearchParams({ limit: String(MAX_GUILD_CHECKS + 1) });
    guilds = restResult(UserGuilds, await rest.get(Routes.userGuilds(), { query }), `GET ${Routes.userGuilds()}`);
  } catch (err) {
    out.failed.push({ scope: 'guilds', reason: reasonOf(err) });
    return out;
  }
  out.partial = guilds.length > MAX_GUILD_CHECKS;
  for (const g of guilds.slice(0, MAX_GUILD_CHECKS)) {
    await empty(rest, Routes.applicationGuildCommands(applicationId, g.id), `guild:${g.id}`, out);
  }
  return out;
}
