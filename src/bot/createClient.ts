// The discord.js client Byline runs on, built in one place so a sharded launcher builds the same one:
// Guilds and DirectMessages intents (no privileged intent), Partials.Channel so the first DM is not dropped,
// no mention ever parsed, and REST (and with it gateway discovery) at DISCORD_API_URL when set.
import { Client, GatewayIntentBits, Partials, type ClientOptions } from 'discord.js';

export function createBotClient(opts: { apiUrl?: string | undefined; extra?: Partial<ClientOptions> } = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    rest: opts.apiUrl ? { api: opts.apiUrl.replace(/\/+$/, '') } : {},
    ...opts.extra,
  });
}
