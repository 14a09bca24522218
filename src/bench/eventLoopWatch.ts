// The longest time the event loop could not run a timer: a timer due every `tick` ms that notes how late
// it fired. Lateness is time the thread spent on something else without yielding (a build step, a query).
import { performance } from 'node:perf_hooks';

export interface EventLoopWatch { stop(): { longestBlockMs: number; ticks: number } }

export function watchEventLoop(tick = 5): EventLoopWatch {
  let last = performance.now();
  let longest = 0;
  let ticks = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - tick);
    last = now;
    ticks++;
  }, tick);
  return {
    stop() {
      clearInterval(timer);
      longest = Math.max(longest, performance.now() - last - tick);
      return { longestBlockMs: Math.round(Math.max(0, longest) * 10) / 10, ticks };
    },
  };
}
