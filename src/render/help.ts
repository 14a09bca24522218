// What Byline can do, worded once for Discord and once for the console.
export type Surface = 'discord' | 'console';

const COMMANDS: { discord: string; console: string; what: string }[] = [
  { discord: '/who-said quote', console: '/who-said <words>', what: 'who said these words' },
  {
    discord: '/quotes speaker [about]', console: '/quotes speaker: <name> about: <topic>',
    what: 'what a person said, optionally on a topic',
  },
  { discord: '/when event', console: '/when <event>', what: 'when a meeting or event happened' },
  { discord: '/sources claim', console: '/sources <claim>', what: 'which outlets back a claim, and any that disagree' },
  {
    discord: '/timeline person', console: '/when <person> --picture FILE',
    what: "a picture of a person's dated events (console: a PNG; also /sources … --picture FILE)",
  },
  { discord: '/ask question', console: '/ask <question>, or just type it', what: 'a question in your own words' },
  { discord: '/about', console: '/about', what: 'what is loaded' },
];

export function helpText(surface: Surface): string {
  const lines = [
    'Byline answers from a folder of news articles and cites every answer: outlet, headline, paragraph and the sentence itself.',
    '',
    ...COMMANDS.map((c) => (surface === 'discord' ? `\`${c.discord}\`: ${c.what}` : `  ${c.console.padEnd(40)} ${c.what}`)),
  ];
  if (surface === 'discord') {
    lines.push('`Check sources` (right-click a message › Apps): which outlets back what the message says');
    lines.push('`/reload` (moderators): re-read the articles folder');
    lines.push('', 'You can also send me a direct message with a question, such as "what did the minister say about the talks?".');
  } else {
    lines.push(`  ${'/reload'.padEnd(40)} re-read the seeds folder and say what changed`);
    lines.push(`  ${'help (or /help), quit (or /quit, exit)'.padEnd(40)} this text; leave`);
    lines.push('', 'Tab completes commands and, after /quotes, the names of speakers. Up and Down recall earlier lines.');
  }
  return lines.join('\n');
}
