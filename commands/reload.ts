// /reload (moderators): re-read the seeds folder and say what changed. Registered for Manage Server only,
// and re-checked here, since server admins can change who sees a command.
import { MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { ChatCommand } from '../src/bot/command.js';
import { guildOnly } from '../src/bot/commandScope.js';
import { isModerator, memberRoleIds } from '../src/bot/permissions.js';
import { reloadLibrary } from '../src/bot/reload.js';
import { notice, sendPage } from '../src/bot/respond.js';
import { reloadPage } from '../src/render/discordNotices.js';

export const reloadCommand = {
  kind: 'chat',
  data: guildOnly(new SlashCommandBuilder()
    .setName('reload')
    .setDescription('Moderators: re-read the articles folder and report what changed')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)),
  async execute(ctx, i) {
    if (!i.inGuild() || !isModerator(i.memberPermissions, memberRoleIds(i), ctx.config.MODERATOR_ROLE_IDS)) {
      return notice(i, 'Moderators only', 'Only members with Manage Server or a moderator role can reload the articles.');
    }
    await i.deferReply({ flags: MessageFlags.Ephemeral });
    await sendPage(i, reloadPage(await reloadLibrary(ctx)));
  },
} satisfies ChatCommand;
