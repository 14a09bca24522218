// Who may run /reload: Manage Server, or a role listed in MODERATOR_ROLE_IDS. Checked in the handler because
// server admins can change who sees a command regardless of its default member permission.
import { PermissionFlagsBits, type Interaction, type PermissionsBitField } from 'discord.js';

export function isModerator(
  permissions: Readonly<PermissionsBitField> | null, roleIds: readonly string[], moderatorRoleIds: readonly string[],
): boolean {
  if (permissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  return roleIds.some((r) => moderatorRoleIds.includes(r));
}

/** The member's role IDs, whether discord.js cached the guild (a GuildMember) or not (raw API data). */
export function memberRoleIds(interaction: Interaction): string[] {
  const member = interaction.member;
  if (!member) return [];
  if (Array.isArray(member.roles)) return [...member.roles];
  return [...member.roles.cache.keys()];
}
