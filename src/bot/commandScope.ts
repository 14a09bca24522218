// Where commands can be used: everywhere (guilds, DMs with the bot, group DMs; guild and user installs),
// or guilds only for moderator commands.
import { ApplicationIntegrationType, InteractionContextType } from 'discord.js';

interface Scoped<T> {
  setContexts(...contexts: InteractionContextType[]): T;
  setIntegrationTypes(...types: ApplicationIntegrationType[]): T;
}

export function everywhere<T extends Scoped<T>>(builder: T): T {
  return builder
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall);
}

export function guildOnly<T extends Scoped<T>>(builder: T): T {
  return builder.setContexts(InteractionContextType.Guild).setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
}
