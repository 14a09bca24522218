// /quotes speaker [about]: what a person said, with speaker autocomplete.
import { SlashCommandBuilder } from 'discord.js';
import type { ChatCommand } from '../src/bot/command.js';
import { everywhere } from '../src/bot/commandScope.js';
import { QUOTES, personChoices } from '../src/bot/choices.js';
import { OPTION_MAX, readOption } from '../src/bot/options.js';
import { answerQuery, notice } from '../src/bot/respond.js';

export const quotesCommand = {
  kind: 'chat',
  data: everywhere(new SlashCommandBuilder()
    .setName('quotes')
    .setDescription('What did this person say? Optionally about a topic.')
    .addStringOption((o) => o.setName('speaker').setDescription('Who (start typing for suggestions)')
      .setRequired(true).setAutocomplete(true).setMaxLength(OPTION_MAX.speaker))
    .addStringOption((o) => o.setName('about').setDescription('A topic, such as "peace talks"').setMaxLength(OPTION_MAX.about))),
  async execute(ctx, i) {
    const speaker = readOption('speaker', i.options.getString('speaker'));
    if (!speaker.ok) return notice(i, 'Check the speaker', speaker.message);
    const about = readOption('about', i.options.getString('about'), false);
    if (!about.ok) return notice(i, 'Check the topic', about.message);
    await answerQuery(ctx, i, { command: 'quotes', q: speaker.text, about: about.text || undefined });
  },
  async autocomplete(ctx, i) {
    const focused = i.options.getFocused(true);
    const lib = ctx.store.library;
    await i.respond(lib && focused.name === 'speaker' ? personChoices(lib, String(focused.value), OPTION_MAX.speaker, QUOTES) : []);
  },
} satisfies ChatCommand;
