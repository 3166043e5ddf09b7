// CPU time of a function, for speed tests. Wall-clock time on a shared CI machine running test files in parallel
// swings by several times; the process's own CPU time does not, so bounds stay meaningful and tests deterministic.
export function cpuMs<T>(fn: () => T): { ms: number; result: T } {
  const t0 = process.cpuUsage();
  const result = fn();
  const d = process.cpuUsage(t0);
  return { ms: (d.user + d.system) / 1000, result };
}
