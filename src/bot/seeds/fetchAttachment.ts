// An attachment's bytes from the URL Discord gives, within a size limit and a time limit: the declared size
// is checked first, then the body is read only up to the limit, so a lying server cannot fill memory.
import { ATTACHMENT_TIMEOUT_MS } from './limits.js';

export type Fetched = { ok: true; bytes: Uint8Array } | { ok: false; error: string };

export async function fetchAttachment(url: string, maxBytes: number, fetchImpl: typeof fetch = fetch): Promise<Fetched> {
  if (!/^https?:\/\//i.test(url)) return { ok: false, error: 'the attachment has no web address to fetch' };
  let res: Response;
  try {
    res = await fetchImpl(url, { signal: AbortSignal.timeout(ATTACHMENT_TIMEOUT_MS), redirect: 'follow' });
  } catch (err) {
    const timedOut = (err as Error).name === 'TimeoutError';
    const error = timedOut ? 'fetching it from Discord timed out; try again' : 'it could not be fetched from Discord; try again';
    return { ok: false, error };
  }
  if (!res.ok || !res.body) {
    await res.body?.cancel().catch(() => undefined);
    return { ok: false, error: `Discord answered ${res.status} when it was fetched; try again` };
  }
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body.cancel().catch(() => undefined);
    return { ok: false, error: `${declared} bytes, over the ${maxBytes}-byte limit` };
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, error: `over the ${maxBytes}-byte limit` };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, error: 'the download broke off; try again' };
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) { bytes.set(c, at); at += c.length; }
  return { ok: true, bytes };
}
