// Registration writes only when the registered commands differ from ours.
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { commandDefinitions, forScope, sameCommands } from '../../src/bot/registerCommands.js';

type Json = Record<string, unknown>;
const defs = commandDefinitions(COMMANDS) as unknown as Json[];

/** What Discord hands back: our fields plus ids, versions and defaults, in its own order. */
const asRegistered = (list: Json[]) => [...list].reverse().map((c, k) => ({
  id: String(1000 + k), application_id: '1', version: '1', default_member_permissions: null, nsfw: false,
  name_localizations: null, description_localizations: null, dm_permission: true, ...c,
  options: (c.options as Json[] | undefined)?.map((o) => ({ required: false, ...o })),
}));

describe('sameCommands', () => {
  it('finds registered commands equal to ours despite ids, defaults and order', () => {
    expect(sameCommands(asRegistered(defs), defs, 'global')).toBe(true);
  });

  it('sees a changed description, option, permission or context', () => {
    const changed = (f: (c: Json) => Json) => asRegistered(defs.map((c) => (c.name === 'quotes' ? f(c) : c)));
    expect(sameCommands(changed((c) => ({ ...c, description: 'old' })), defs, 'global')).toBe(false);
    expect(sameCommands(changed((c) => ({ ...c, options: [] })), defs, 'global')).toBe(false);
    expect(sameCommands(changed((c) => ({ ...c, default_member_permissions: '8' })), defs, 'global')).toBe(false);
    expect(sameCommands(changed((c) => ({ ...c, contexts: [0] })), defs, 'global')).toBe(false);
  });

  it('sees a missing or an extra command', () => {
    expect(sameCommands(asRegistered(defs.slice(1)), defs, 'global')).toBe(false);
    expect(sameCommands(asRegistered([...defs, { name: 'old', type: 1, description: 'gone' }]), defs, 'global')).toBe(false);
  });

  it('ignores contexts for guild commands, which Discord does not apply', () => {
    const guild = forScope(commandDefinitions(COMMANDS), 'guild') as unknown as Json[];
    expect(guild.every((c) => !('contexts' in c))).toBe(true);
    expect(sameCommands(asRegistered(guild).map((c) => ({ ...c, contexts: null, integration_types: [0] })), guild, 'guild')).toBe(true);
  });
});
