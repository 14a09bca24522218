// `--shards auto`: how many shards Discord recommends for this bot (GET /gateway/bot), asked through the
// same REST base URL as everything else, so DISCORD_API_URL proxies and test servers answer it too.
import { REST } from 'discord.js';
import { z } from 'zod';

const GatewayBot = z.object({ shards: z.number().int().min(1) });

export async function recommendedShards(token: string, apiUrl: string | undefined): Promise<number> {
  const rest = new REST(apiUrl ? { api: apiUrl.replace(/\/+$/, '') } : {}).setToken(token);
  return GatewayBot.parse(await rest.get('/gateway/bot')).shards;
}

/** Which shards this machine runs, of how many in all. */
export interface ShardPlan { total: 'auto' | number; list: number[] | 'auto' }

/**
 * `--shards` as given: `auto`, `N` (all N shards here), or `LIST/N` for several machines, where LIST is
 * `0,1` or `0-3` (this machine runs those shards of N; another machine runs the rest).
 */
export function parseShards(value: string): ShardPlan {
  const bad = () => new RangeError(`--shards takes 'auto', a number of shards, or a list like 0-3/8; not '${value.slice(0, 30)}'`);
  if (value === 'auto') return { total: 'auto', list: 'auto' };
  const [listPart, totalPart] = value.includes('/') ? value.split('/', 2) as [string, string] : [null, value];
  const total = Number(totalPart);
  if (!Number.isInteger(total) || total < 1 || total > 4096) throw bad();
  if (listPart === null) return { total, list: 'auto' };
  const list = new Set<number>();
  for (const item of listPart.split(',')) {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(item);
    if (!m) throw bad();
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (to < from || to >= total) throw bad();
    for (let k = from; k <= to; k++) list.add(k);
  }
  return { total, list: [...list].sort((a, b) => a - b) };
}
