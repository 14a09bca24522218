// A first load runs with a looser heap growth and the steady cap comes back after it, also when the load
// fails; a process that never set a cap is left as it is.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const flags: string[] = [];
vi.mock('node:v8', async (orig) => ({ ...(await orig<typeof import('node:v8')>()), setFlagsFromString: (f: string) => flags.push(f) }));

beforeEach(() => { flags.length = 0; vi.resetModules(); });

describe('heap growth around a first load', () => {
  it('lifts the cap for the load and sets it again after, also when the load throws', async () => {
    const { setSteadyHeapGrowth, withFreeHeapGrowth } = await import('../../src/app/heapGrowth.js');
    setSteadyHeapGrowth(30);
    expect(await withFreeHeapGrowth(async () => { expect(flags.at(-1)).toBe('--heap-growing-percent=100'); return 7; })).toBe(7);
    expect(flags).toEqual(['--heap-growing-percent=30', '--heap-growing-percent=100', '--heap-growing-percent=30']);
    await expect(withFreeHeapGrowth(() => Promise.reject(new Error('no folder')))).rejects.toThrow('no folder');
    expect(flags.at(-1)).toBe('--heap-growing-percent=30');
  });

  it('changes nothing in a process that never set a cap', async () => {
    const { withFreeHeapGrowth } = await import('../../src/app/heapGrowth.js');
    await withFreeHeapGrowth(async () => undefined);
    expect(flags).toEqual([]);
  });
});
