// The bot's non-answer messages as embeds: /about, /help and /reload reports.
import type { ReloadReport } from '../model/reloadReport.js';
import type { Library } from '../library/library.js';
import { aboutFacts, aboutSentence, languagesText } from './about.js';
import { COLORS, type DiscordPage } from './discordAnswer.js';
import { LIMITS } from './discordLimits.js';
import { helpText } from './help.js';
import { reloadLines } from './reloadReport.js';
import { cut, safeText } from './safeText.js';

export function aboutPage(lib: Library, last: ReloadReport | null): DiscordPage {
  const f = aboutFacts(lib);
  const outlets = f.outlets.length ? safeText(f.outlets.join(', ')) : 'none named';
  return {
    content: '',
    embeds: [{
      title: 'What Byline has loaded',
      description: cut(safeText(aboutSentence(f)), LIMITS.embedDescription),
      color: COLORS.answer,
      fields: [
        { name: 'Articles', value: String(f.articles), inline: true },
        { name: 'People', value: String(f.people), inline: true },
        { name: 'Quotes', value: String(f.quotes), inline: true },
        { name: 'Events', value: String(f.events), inline: true },
        { name: 'Rejected files', value: String(f.rejected), inline: true },
        { name: 'Last reload', value: f.loadedAt, inline: true },
        { name: `Outlets (${f.outlets.length})`, value: cut(outlets, LIMITS.fieldValue) },
        ...(f.languages.length ? [{ name: 'Languages', value: cut(languagesText(f), LIMITS.fieldValue) }] : []),
        ...(last && !last.ok ? [{ name: 'Last reload attempt', value: cut(safeText(last.message), LIMITS.fieldValue) }] : []),
      ],
    }],
  };
}

export function helpPage(): DiscordPage {
  const description = cut(helpText('discord'), LIMITS.embedDescription);
  return { content: '', embeds: [{ title: 'Byline', description, color: COLORS.answer }] };
}

export function reloadPage(report: ReloadReport): DiscordPage {
  const [headline, ...rest] = reloadLines(report);
  return {
    content: '',
    embeds: [{
      title: report.ok ? 'Reloaded' : 'Reload kept the old articles',
      description: cut(safeText([headline, ...rest].join('\n')), LIMITS.embedDescription),
      color: report.ok ? (report.rejected.length ? COLORS.conflicts : COLORS.supports) : COLORS.error,
      footer: { text: `${report.ms} ms` },
    }],
  };
}
