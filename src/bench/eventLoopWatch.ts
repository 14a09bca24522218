// The longest time the event loop could not run a timer: a timer due every `tick` ms that notes how late
// it fired. Lateness is time the thread spent on something else without yielding. Time the caller spent
// on its own measured work (queries it asked) can be left out, so what remains is the reload's doing. A
// label read when the longest block ends says what was going on (which phase of the reload).
import { performance } from 'node:perf_hooks';

export interface EventLoopWatch { stop(): { longestBlockMs: number; ticks: number; longestDuring: string } }

export function watchEventLoop(tick = 5, excluded: () => number = () => 0, label: () => string = () => ''): EventLoopWatch {
  let last = performance.now();
  let lastExcluded = excluded();
  let longest = 0;
  let during = '';
  let ticks = 0;
  const note = (now: number, ex: number) => {
    const late = now - last - tick - (ex - lastExcluded);
    if (late > longest) { longest = late; during = label(); }
    last = now;
    lastExcluded = ex;
  };
  const timer = setInterval(() => {
    note(performance.now(), excluded());
    ticks++;
  }, tick);
  return {
    stop() {
      clearInterval(timer);
      note(performance.now(), excluded());
      return { longestBlockMs: Math.round(Math.max(0, longest) * 10) / 10, ticks, longestDuring: during };
    },
  };
}
