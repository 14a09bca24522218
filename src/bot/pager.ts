// Pages of one answer behind ◀ ▶ buttons. Kept in memory for as long as the interaction token lives
// (15 minutes); only the person who asked can turn them.
import { randomBytes } from 'node:crypto';
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIComponentInMessageActionRow } from 'discord.js';
import type { DiscordPage } from '../render/discordAnswer.js';

export const PAGE_PREFIX = 'byline:page';
const TTL_MS = 15 * 60 * 1000;
const MAX_OPEN = 2000;

interface Paged { owner: string; pages: DiscordPage[]; at: number }

export type PageTurn =
  | { kind: 'page'; page: DiscordPage; index: number; components: APIActionRowComponent<APIComponentInMessageActionRow>[] }
  | { kind: 'not-owner' | 'expired' | 'noop' };

export function parsePageId(customId: string): { id: string; index: number | null } | null {
  const m = /^byline:page:([a-z0-9]{1,20}):(\d{1,3}|n)$/.exec(customId);
  if (!m) return null;
  return { id: m[1]!, index: m[2] === 'n' ? null : Number(m[2]) };
}

const BUTTON = { type: ComponentType.Button, style: ButtonStyle.Secondary } as const;

export function pageButtons(id: string, index: number, total: number): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  if (total <= 1) return [];
  return [{
    type: ComponentType.ActionRow,
    components: [
      { ...BUTTON, custom_id: `${PAGE_PREFIX}:${id}:${Math.max(0, index - 1)}`, label: '◀', disabled: index === 0 },
      { ...BUTTON, custom_id: `${PAGE_PREFIX}:${id}:n`, label: `${index + 1} / ${total}`, disabled: true },
      { ...BUTTON, custom_id: `${PAGE_PREFIX}:${id}:${Math.min(total - 1, index + 1)}`, label: '▶', disabled: index >= total - 1 },
    ],
  }];
}

export class Pager {
  private readonly open_ = new Map<string, Paged>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Keeps the pages; returns the id their buttons carry. */
  open(owner: string, pages: DiscordPage[]): string {
    const t = this.now();
    for (const [id, p] of this.open_) if (t - p.at > TTL_MS || this.open_.size >= MAX_OPEN) this.open_.delete(id); else break;
    const id = randomBytes(6).toString('hex');
    this.open_.set(id, { owner, pages, at: t });
    return id;
  }

  turn(customId: string, userId: string): PageTurn {
    const parsed = parsePageId(customId);
    const paged = parsed && this.open_.get(parsed.id);
    if (!parsed || !paged || this.now() - paged.at > TTL_MS) return { kind: 'expired' };
    if (paged.owner !== userId) return { kind: 'not-owner' };
    if (parsed.index === null) return { kind: 'noop' };
    const index = Math.min(Math.max(parsed.index, 0), paged.pages.length - 1);
    return { kind: 'page', page: paged.pages[index]!, index, components: pageButtons(parsed.id, index, paged.pages.length) };
  }
}
