// Every command Byline registers, in the order Discord lists them.
import type { CommandModule } from '../src/bot/command.js';
import { aboutCommand } from './about.js';
import { askCommand } from './ask.js';
import { checkSourcesCommand } from './check-sources.js';
import { helpCommand } from './help.js';
import { quotesCommand } from './quotes.js';
import { reloadCommand } from './reload.js';
import { seedsCommand } from './seeds.js';
import { sourcesCommand } from './sources.js';
import { timelineCommand } from './timeline.js';
import { whenCommand } from './when.js';
import { whoSaidCommand } from './who-said.js';

export const COMMANDS: readonly CommandModule[] = [
  whoSaidCommand, quotesCommand, whenCommand, sourcesCommand, timelineCommand, askCommand,
  aboutCommand, helpCommand, reloadCommand, seedsCommand, checkSourcesCommand,
];
