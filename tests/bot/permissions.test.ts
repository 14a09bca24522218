// Who may /reload: Manage Server or a moderator role; nobody else, whatever the command's visibility.
import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { isModerator } from '../../src/bot/permissions.js';

const MOD = '333333333333333333';
const perms = (...bits: bigint[]) => new PermissionsBitField(bits);

describe('isModerator', () => {
  it('allows a member with Manage Server', () => {
    expect(isModerator(perms(PermissionFlagsBits.ManageGuild), [], [])).toBe(true);
  });

  it('allows a member with a listed moderator role', () => {
    expect(isModerator(perms(PermissionFlagsBits.SendMessages), ['1', MOD], [MOD])).toBe(true);
  });

  it('refuses a plain member, and one whose roles are not listed', () => {
    expect(isModerator(perms(PermissionFlagsBits.SendMessages, PermissionFlagsBits.ManageMessages), ['1', '2'], [MOD])).toBe(false);
  });

  it('refuses when there are no permissions at all (a DM) and no roles', () => {
    expect(isModerator(null, [], [MOD])).toBe(false);
  });

  it('does not treat an empty moderator list as "everyone"', () => {
    expect(isModerator(perms(), ['1'], [])).toBe(false);
  });
});
