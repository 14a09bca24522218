// How this thread spent its time, from Linux's scheduler statistics: on a CPU, or runnable but waiting for
// one. A long event-loop block with little time on a CPU was the machine's doing (other processes had the
// cores), not this program's. Null where the statistics are not available.
import { readFileSync } from 'node:fs';

export interface ThreadSched { runMs: number; waitMs: number }

export function readThreadSched(): ThreadSched | null {
  try {
    const [run, wait] = readFileSync('/proc/thread-self/schedstat', 'utf8').trim().split(/\s+/).map(Number);
    if (run === undefined || wait === undefined || Number.isNaN(run) || Number.isNaN(wait)) return null;
    return { runMs: run / 1e6, waitMs: wait / 1e6 };
  } catch {
    return null;
  }
}
