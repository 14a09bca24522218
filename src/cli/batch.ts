// Batch input (docs/contract.md §2): a JSONL file, one {"q": "...", ...options} a line, validated with zod.
import { z } from 'zod';

export const BatchLine = z.object({
  q: z.string().min(1, 'q is empty').max(10_000, 'q is over 10,000 characters'),
  about: z.string().max(2_000).optional(),
});
export type BatchLine = z.infer<typeof BatchLine>;

export type BatchItem = { ok: true; line: number; value: BatchLine } | { ok: false; line: number; error: string };

/** Parses every line; a bad line becomes an error item in its place, so answers keep the input's order. */
export function parseBatch(text: string, file: string): BatchItem[] {
  const items: BatchItem[] = [];
  text.replace(/\r\n?/g, '\n').split('\n').forEach((raw, k) => {
    const line = k + 1;
    if (!raw.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      items.push({ ok: false, line, error: `${file} line ${line}: not JSON (write {"q": "..."})` });
      return;
    }
    const parsed = BatchLine.safeParse(json);
    if (parsed.success) items.push({ ok: true, line, value: parsed.data });
    else {
      const issue = parsed.error.issues[0]!;
      items.push({ ok: false, line, error: `${file} line ${line}: ${issue.path.join('.') || 'line'}: ${issue.message}` });
    }
  });
  return items;
}
