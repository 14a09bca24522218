// /seeds replies as Discord pages: what was added or rejected and why, what was removed, and the list of
// loaded articles a page at a time. File names and titles come from users and articles: shown inert.
import type { ReloadReport } from '../model/reloadReport.js';
import type { Library } from '../library/library.js';
import type { SeedOutcome } from '../bot/seeds/addSeeds.js';
import { COLORS, type DiscordPage } from './discordAnswer.js';
import { LIMITS } from './discordLimits.js';
import { cut, oneLine, safeCut } from './safeText.js';

const name = (s: string) => safeCut(oneLine(s), 100) || '(no name)';

export function seedsAddedPage(outcomes: SeedOutcome[], reload: ReloadReport | null): DiscordPage {
  const added = outcomes.filter((o) => o.saved);
  const rejected = outcomes.filter((o) => !o.saved);
  const lines: string[] = [];
  for (const o of added) {
    const renamed = o.saved !== o.original ? ` (saved as ${name(o.saved!)})` : '';
    const note = o.reason ? `; note: ${safeCut(o.reason, 200)}` : '';
    lines.push(`✅ ${name(o.original)}${renamed}: “${safeCut(oneLine(o.title ?? ''), 120)}”${note}`);
  }
  for (const o of rejected) lines.push(`❌ ${name(o.original)}: ${safeCut(o.reason ?? 'rejected', 300)}`);
  if (reload) lines.push('', safeCut(reload.message, 500));
  else if (!added.length) lines.push('', 'Nothing was saved, so nothing was reloaded.');
  const title = `Added ${added.length} of ${outcomes.length} file${outcomes.length === 1 ? '' : 's'}`;
  return {
    content: '',
    embeds: [{
      title, description: cut(lines.join('\n'), LIMITS.embedDescription),
      color: rejected.length ? (added.length ? COLORS.conflicts : COLORS.error) : COLORS.supports,
    }],
  };
}

export function seedRemovedPage(file: string, reload: ReloadReport): DiscordPage {
  const description = cut(`${name(file)} was removed from the seeds folder.\n\n${safeCut(reload.message, 500)}`, LIMITS.embedDescription);
  return { content: '', embeds: [{ title: 'Removed', description, color: COLORS.supports }] };
}

export function seedsListPages(lib: Library, perPage: number): DiscordPage[] {
  const articles = [...lib.articles].sort((a, b) => a.id.localeCompare(b.id));
  const pages: DiscordPage[] = [];
  const total = Math.max(1, Math.ceil(articles.length / perPage));
  for (let p = 0; p < total; p++) {
    const rows = articles.slice(p * perPage, (p + 1) * perPage).map((a) => {
      const meta = [a.outlet, a.published].filter(Boolean).map((x) => safeCut(oneLine(x!), 60)).join(', ');
      return `• ${name(a.id)}: “${safeCut(oneLine(a.title), 100)}”${meta ? ` (${meta})` : ''}`;
    });
    const n = lib.rejected.length;
    const rejected = n ? `\n\n${n} file${n === 1 ? '' : 's'} rejected (see /reload).` : '';
    pages.push({
      content: '',
      embeds: [{
        title: `Articles loaded: ${articles.length}${total > 1 ? ` (page ${p + 1} of ${total})` : ''}`,
        description: cut((rows.join('\n') || 'No articles are loaded.') + rejected, LIMITS.embedDescription),
        color: COLORS.answer,
      }],
    });
  }
  return pages;
}
