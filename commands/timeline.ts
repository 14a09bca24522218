// /timeline person: a picture of a person's dated events across the archive, with the events cited below it.
import { SlashCommandBuilder } from 'discord.js';
import type { ChatCommand } from '../src/bot/command.js';
import { everywhere } from '../src/bot/commandScope.js';
import { EVENTS, personChoices } from '../src/bot/choices.js';
import { OPTION_MAX, readOption } from '../src/bot/options.js';
import { answerQuery, notice, stillLoading } from '../src/bot/respond.js';
import type { Library } from '../src/library/library.js';
import { findPerson, personTimeline } from '../src/answer/timeline.js';
import { oneLine, safeCut } from '../src/render/safeText.js';

export const timelineCommand = {
  kind: 'chat',
  data: everywhere(new SlashCommandBuilder()
    .setName('timeline')
    .setDescription("A picture of a person's dated events across the articles")
    .addStringOption((o) => o.setName('person').setDescription('Who (start typing for suggestions)')
      .setRequired(true).setAutocomplete(true).setMaxLength(OPTION_MAX.person))),
  async execute(ctx, i) {
    const person = readOption('person', i.options.getString('person'));
    if (!person.ok) return notice(i, 'Check the person', person.message);
    const lib = ctx.store.library;
    if (!lib) return notice(i, 'Still loading', stillLoading(ctx.store));
    const who = findPerson(lib, person.text);
    if (!who) {
      const name = safeCut(oneLine(person.text), 100);
      return notice(i, 'Not found', `No one called “${name}” in the loaded articles. Start typing a name and pick one of the suggestions.`);
    }
    // the person's dated events as answers (each cited), their whole timeline as the picture
    const picture = (l: Library) => ({ kind: 'timeline', timeline: personTimeline(l, who.name) }) as const;
    await answerQuery(ctx, i, { command: 'when', q: who.name }, { picture });
  },
  async autocomplete(ctx, i) {
    const focused = i.options.getFocused(true);
    const lib = ctx.store.library;
    const choices = lib && focused.name === 'person' ? personChoices(lib, String(focused.value), OPTION_MAX.person, EVENTS) : [];
    await i.respond(choices);
  },
} satisfies ChatCommand;
