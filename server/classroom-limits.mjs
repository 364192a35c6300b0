// Flood and guessing limits for the classroom. A socket's flood limit is kept by the process that
// holds the socket; the guessing limits (wrong join codes, sessions started) count per address
// across every instance, in Redis when the instances share one: behind a load balancer each guess
// may land on another instance, and a limit per process would multiply by their number.
import crypto from 'node:crypto';

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
 * @typedef {{ allowed(key: string): Promise<boolean>, add(key: string): Promise<void> }} WindowCounter
 * Counts events per key (an address) in a sliding window: joining with a wrong code, starting
 * sessions. `allowed` says whether one more is still within the limit.
 */

/** @returns {WindowCounter} a counter in this process's memory (one instance, no Redis). */
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
    allowed: async (key) => recent(key).length < limit,
    async add(key) {
      seen.set(key, [...recent(key), now()]);
    },
  };
}

/**
 * @param {import('redis').RedisClientType} client a connected client of the `redis` package
 * @param {string} name what is counted ('failed-joins'): one sorted set per address, `classroom:limit:<name>:<key>`
 * @returns {WindowCounter} the same counter shared by every instance on this Redis. Each event is a
 * member scored by its time; older ones are trimmed, and the set expires with its window.
 */
export function redisWindowCounter(client, name, limit, windowMs, now = () => Date.now()) {
  const setKey = (key) => `classroom:limit:${name}:${key}`;
  return {
    async allowed(key) {
      const [, count] = await client.multi().zRemRangeByScore(setKey(key), 0, now() - windowMs).zCard(setKey(key)).exec();
      return Number(count) < limit;
    },
    async add(key) {
      const t = now();
      await client.multi().zAdd(setKey(key), { score: t, value: `${t}:${crypto.randomUUID()}` }).pExpire(setKey(key), windowMs).exec();
    },
  };
}
