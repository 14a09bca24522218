// Command registration that only writes when something changed: the registered commands are fetched,
// compared with ours field by field, and replaced in one PUT when they differ. Guild registration when a
// guild is given (instant), global otherwise (needed for DMs and user installs); then the other scope is
// emptied if it still holds Byline's commands, so no server lists them twice.
import { Routes, type REST, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import type { CommandModule } from './command.js';
import { clearOtherScope, type Reconciled } from './reconcileScopes.js';
import { RegisteredCommands, restResult } from './restShapes.js';

export interface SyncResult {
  scope: 'global' | 'guild';
  changed: boolean;
  count: number;
  /** What was done to the other scope. */
  other: Reconciled;
}

type CommandBody = RESTPostAPIApplicationCommandsJSONBody;

export function commandDefinitions(commands: readonly CommandModule[]): RESTPostAPIApplicationCommandsJSONBody[] {
  return commands.map((c) => c.data.toJSON());
}

/** Guild commands never show in DMs and Discord ignores their contexts, so those fields are left out. */
export function forScope(defs: readonly CommandBody[], scope: 'global' | 'guild'): CommandBody[] {
  if (scope === 'global') return [...defs];
  return defs.map((d) => {
    const { contexts: _c, integration_types: _t, ...rest } = d as CommandBody & { contexts?: unknown; integration_types?: unknown };
    return rest as CommandBody;
  });
}

type Json = Record<string, unknown>;

function normalizeOption(o: Json): Json {
  return {
    type: o.type,
    name: o.name,
    description: o.description ?? '',
    required: o.required ?? false,
    autocomplete: o.autocomplete ?? false,
    min_length: o.min_length ?? null,
    max_length: o.max_length ?? null,
    min_value: o.min_value ?? null,
    max_value: o.max_value ?? null,
    choices: ((o.choices as Json[] | undefined) ?? []).map((c) => ({ name: c.name, value: c.value })),
    channel_types: [...((o.channel_types as number[] | undefined) ?? [])].sort(),
    options: ((o.options as Json[] | undefined) ?? []).map(normalizeOption),
  };
}

/** The fields we set, in one canonical form, so a registered command compares equal to its definition. */
export function normalizeCommand(c: Json, scope: 'global' | 'guild'): Json {
  const sorted = (v: unknown) => (Array.isArray(v) ? [...(v as number[])].sort() : null);
  return {
    type: c.type ?? 1,
    name: c.name,
    description: c.description ?? '',
    options: ((c.options as Json[] | undefined) ?? []).map(normalizeOption),
    default_member_permissions: c.default_member_permissions ?? null,
    nsfw: c.nsfw ?? false,
    ...(scope === 'global' ? { contexts: sorted(c.contexts), integration_types: sorted(c.integration_types) } : {}),
  };
}

function key(c: Json): string {
  return `${String(c.type)}:${String(c.name)}`;
}

export function sameCommands(registered: readonly Json[], defs: readonly Json[], scope: 'global' | 'guild'): boolean {
  if (registered.length !== defs.length) return false;
  const ours = new Map(defs.map((d) => { const n = normalizeCommand(d, scope); return [key(n), JSON.stringify(n)]; }));
  return registered.every((r) => { const n = normalizeCommand(r, scope); return ours.get(key(n)) === JSON.stringify(n); });
}

export async function syncCommands(
  rest: REST, applicationId: string, guildId: string | undefined, commands: readonly CommandModule[],
): Promise<SyncResult> {
  const scope = guildId ? 'guild' : 'global';
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  const defs = forScope(commandDefinitions(commands), scope);
  const registered: Json[] = restResult(RegisteredCommands, await rest.get(route), `GET ${route}`);
  const changed = !sameCommands(registered, defs as unknown as Json[], scope);
  if (changed) await rest.put(route, { body: defs });
  const other = await clearOtherScope(rest, applicationId, guildId);
  return { scope, changed, count: changed ? defs.length : registered.length, other };
}
