/**
 * Milliseconds of CPU time used by this process (all its threads). Used instead of the
 * wall clock so that other programs running on the machine do not distort the figures.
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Training speed: median examples per CPU second over `runs` windows of about `windowMs`, after a warm-up. */
export function examplesPerSecond(
  runSteps: (steps: number) => void, batchSize: number, { warmupMs = 400, windowMs = 400, runs = 5 } = {},
): number {
  // grow the chunk until one chunk takes ~1/8 of a window, so clock reads cost nothing
  let chunk = 1;
  const warmEnd = cpuMs() + warmupMs;
  while (cpuMs() < warmEnd) {
    const t = cpuMs();
    runSteps(chunk);
    if (cpuMs() - t < windowMs / 8) chunk *= 2;
  }
  const rates: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = cpuMs();
    let steps = 0;
    while (cpuMs() - start < windowMs) {
      runSteps(chunk);
      steps += chunk;
    }
    rates.push((steps * batchSize) / ((cpuMs() - start) / 1000));
  }
  return median(rates);
}

/** Median CPU milliseconds per call of `fn`, after warm-up calls. */
export function msPerCall(fn: () => void, { warmup = 20, runs = 7, callsPerRun = 20 } = {}): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = cpuMs();
    for (let i = 0; i < callsPerRun; i++) fn();
    times.push((cpuMs() - start) / callsPerRun);
  }
  return median(times);
}
