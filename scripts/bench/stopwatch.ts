/** The result of one measurement: milliseconds per stage (summed over a stage's calls) and what was produced. */
export type Measured = {
  readonly stages: Record<string, number>;
  /** CPU milliseconds (user + system, every thread) per stage: less disturbed than wall time by other processes. */
  readonly cpu: Record<string, number>;
  /** Bytes of every produced file together (a check that the work was done). */
  readonly bytes: number;
  readonly files?: number;
  readonly laps?: readonly number[];
};

/** Times named stages, wall clock and CPU; a stage timed several times (one call per document) adds up. */
export function createStopwatch() {
  const stages: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  const start = () => ({ wall: performance.now(), cpu: process.cpuUsage() });
  const add = (name: string, from: ReturnType<typeof start>) => {
    const used = process.cpuUsage(from.cpu);
    stages[name] = (stages[name] ?? 0) + performance.now() - from.wall;
    cpu[name] = (cpu[name] ?? 0) + (used.user + used.system) / 1000;
  };
  return {
    stages,
    cpu,
    time<T>(name: string, fn: () => T): T {
      const from = start();
      try {
        return fn();
      } finally {
        add(name, from);
      }
    },
    async timeAsync<T>(name: string, fn: () => Promise<T>): Promise<T> {
      const from = start();
      try {
        return await fn();
      } finally {
        add(name, from);
      }
    },
    /** The milliseconds of one call, recorded nowhere. */
    async lap(fn: () => Promise<unknown>): Promise<number> {
      const start = performance.now();
      await fn();
      return performance.now() - start;
    },
  };
}

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A call made once, then `times` times more, each timed: their median as `generate`, and every lap. */
export async function measureLaps(call: () => Promise<unknown>, times = 10): Promise<Measured> {
  await call();
  const watch = createStopwatch();
  const runs: number[] = [];
  for (let i = 0; i < times; i++) runs.push(await watch.lap(call));
  return { stages: { generate: median(runs) }, cpu: {}, bytes: 0, laps: runs };
}
