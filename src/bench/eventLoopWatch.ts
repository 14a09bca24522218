// The longest time the event loop could not run a timer: a timer due every `tick` ms that notes how late
// it fired. Lateness is time the thread spent on something else without yielding. Time the caller spent
// on its own measured work (queries it asked) can be left out, so what remains is the reload's doing. A
// label read when the longest block ends says what was going on (which phase of the reload).
import { performance } from 'node:perf_hooks';
import type { ThreadSched } from './threadSched.js';

export interface EventLoopWatch {
  stop(): { longestBlockMs: number; ticks: number; longestDuring: string; longestSched: ThreadSched | null };
}

/** With `sched` (this thread's time on a CPU and waiting for one), the longest block also says how much of
 *  it the thread actually ran. */
export function watchEventLoop(
  tick = 5, excluded: () => number = () => 0, label: () => string = () => '', sched: () => ThreadSched | null = () => null,
): EventLoopWatch {
  let last = performance.now();
  let lastExcluded = excluded();
  let lastSched = sched();
  let longest = 0;
  let during = '';
  let longestSched: ThreadSched | null = null;
  let ticks = 0;
  const note = (now: number, ex: number) => {
    const late = now - last - tick - (ex - lastExcluded);
    const s = sched();
    if (late > longest) {
      longest = late;
      during = label();
      longestSched = s && lastSched
        ? { runMs: Math.round(s.runMs - lastSched.runMs), waitMs: Math.round(s.waitMs - lastSched.waitMs) }
        : null;
    }
    last = now;
    lastExcluded = ex;
    lastSched = s;
  };
  const timer = setInterval(() => {
    note(performance.now(), excluded());
    ticks++;
  }, tick);
  return {
    stop() {
      clearInterval(timer);
      note(performance.now(), excluded());
      return { longestBlockMs: Math.round(Math.max(0, longest) * 10) / 10, ticks, longestDuring: during, longestSched };
    },
  };
}
