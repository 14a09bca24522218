// The longest time the event loop could not run a timer: a timer due every `tick` ms that notes how late
// it fired. Lateness is time the thread spent on something else without yielding. Time the caller spent
// on its own measured work (queries it asked) can be left out, so what remains is the reload's doing.
import { performance } from 'node:perf_hooks';

export interface EventLoopWatch { stop(): { longestBlockMs: number; ticks: number } }

export function watchEventLoop(tick = 5, excluded: () => number = () => 0): EventLoopWatch {
  let last = performance.now();
  let lastExcluded = excluded();
  let longest = 0;
  let ticks = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    const ex = excluded();
    longest = Math.max(longest, now - last - tick - (ex - lastExcluded));
    last = now;
    lastExcluded = ex;
    ticks++;
  }, tick);
  return {
    stop() {
      clearInterval(timer);
      longest = Math.max(longest, performance.now() - last - tick - (excluded() - lastExcluded));
      return { longestBlockMs: Math.round(Math.max(0, longest) * 10) / 10, ticks };
    },
  };
}
