// Peak memory while the bench runs: resident set (every thread of the process, workers included) and the
// main thread's JS heap, sampled often, plus the kernel's own high-water mark for the resident set.
export interface MemoryPeak { rssMb: number; heapUsedMb: number; maxRssMb: number }
export interface MemoryWatch { peak(): MemoryPeak; stop(): MemoryPeak }

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

export function watchMemory(every = 25): MemoryWatch {
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  sample();
  const timer = setInterval(sample, every);
  timer.unref();
  const peak = () => {
    sample();
    return { rssMb: mb(rss), heapUsedMb: mb(heap), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
  };
  return {
    peak,
    stop() {
      clearInterval(timer);
      return peak();
    },
  };
}
