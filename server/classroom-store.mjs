// Where classroom sessions live while they run: in this process (the default, `npm start`), or
// in Redis when REDIS_URL is set, so that several server instances share them. A session is
// one record (chapter, the hash of the teacher's token, the teacher's current deck and widget
// state) plus the students' answers; both expire together and are deleted when the session ends.

/** A session nobody has driven for this long is over, its code free again (seconds). */
export const SESSION_TTL = 3 * 60 * 60;

/**
 * @typedef {{ slug: string, lang: string, teacher: string, deck: { index: number, step: number, black: boolean, where?: unknown } | null,
 *   state: Record<string, unknown>, extra: Record<string, unknown> }} SessionRecord
 * @typedef {import('../lib/classroom/protocol.mjs').AnswerRecord} AnswerRecord
 * @typedef {{
 *   create(code: string, record: SessionRecord): Promise<boolean>,
 *   get(code: string): Promise<SessionRecord | null>,
 *   save(code: string, record: SessionRecord): Promise<void>,
 *   addAnswer(code: string, key: string, answer: AnswerRecord): Promise<void>,
 *   answers(code: string): Promise<AnswerRecord[]>,
 *   remove(code: string): Promise<void>,
 *   close(): Promise<void>,
 * }} SessionStore
 */

/** @returns {SessionStore} sessions in this process's memory. */
export function memoryStore(ttl = SESSION_TTL) {
  /** @type {Map<string, { record: SessionRecord, answers: Map<string, AnswerRecord>, expires: number }>} */
  const sessions = new Map();
  const live = (code) => {
    const entry = sessions.get(code);
    if (entry && entry.expires <= Date.now()) sessions.delete(code);
    return sessions.get(code);
  };
  // Expired sessions go even if nobody asks for them again: nothing outlives its session.
  const sweep = setInterval(() => [...sessions.keys()].forEach(live), 60_000);
  sweep.unref();
  return {
    async create(code, record) {
      if (live(code)) return false;
      sessions.set(code, { record: structuredClone(record), answers: new Map(), expires: Date.now() + ttl * 1000 });
      return true;
    },
    async get(code) {
      const entry = live(code);
      return entry ? structuredClone(entry.record) : null;
    },
    async save(code, record) {
      const entry = live(code);
      if (!entry) return;
      entry.record = structuredClone(record);
      entry.expires = Date.now() + ttl * 1000;
    },
    async addAnswer(code, key, answer) {
      live(code)?.answers.set(key, answer);
    },
    async answers(code) {
      return [...(live(code)?.answers.values() ?? [])];
    },
    async remove(code) {
      sessions.delete(code);
    },
    async close() {
      clearInterval(sweep);
    },
  };
}

/**
 * @param {import('redis').RedisClientType} client a connected client of the `redis` package
 * @returns {SessionStore} sessions in Redis: `classroom:<code>` (JSON) and `classroom:<code>:answers` (a hash).
 */
export function redisStore(client, ttl = SESSION_TTL) {
  const key = (code) => `classroom:${code}`;
  const answersKey = (code) => `classroom:${code}:answers`;
  return {
    async create(code, record) {
      return (await client.set(key(code), JSON.stringify(record), { NX: true, EX: ttl })) === 'OK';
    },
    async get(code) {
      const text = await client.get(key(code));
      return text ? JSON.parse(text) : null;
    },
    async save(code, record) {
      // XX: a session ended meanwhile stays ended.
      await client.set(key(code), JSON.stringify(record), { XX: true, EX: ttl });
      await client.expire(answersKey(code), ttl);
    },
    async addAnswer(code, field, answer) {
      await client.hSet(answersKey(code), field, JSON.stringify(answer));
      await client.expire(answersKey(code), ttl);
    },
    async answers(code) {
      return Object.values(await client.hGetAll(answersKey(code))).map((text) => JSON.parse(text));
    },
    async remove(code) {
      await client.del([key(code), answersKey(code)]);
    },
    async close() {},
  };
}
