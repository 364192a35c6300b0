// Flood and guessing limits for the classroom, kept per process (each instance limits what
// reaches it).

/**
 * A token bucket: `burst` actions at once, then `perSecond` on average.
 * @returns {{ take(): boolean }}
 */
export function bucket(burst, perSecond, now = () => Date.now()) {
  let tokens = burst;
  let last = now();
  return {
    take() {
      const t = now();
      tokens = Math.min(burst, tokens + ((t - last) / 1000) * perSecond);
      last = t;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

/**
 * Counts events per key (an address) in a sliding window: joining with a wrong code, starting
 * sessions. `allowed` says whether one more is still within `limit`.
 */
export function windowCounter(limit, windowMs, now = () => Date.now()) {
  /** @type {Map<string, number[]>} */
  const seen = new Map();
  const recent = (key) => {
    const times = (seen.get(key) ?? []).filter((t) => now() - t < windowMs);
    if (times.length) seen.set(key, times);
    else seen.delete(key);
    return times;
  };
  return {
    allowed: (key) => recent(key).length < limit,
    add(key) {
      seen.set(key, [...recent(key), now()]);
    },
  };
}
