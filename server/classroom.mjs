// Live classroom sessions on the book's own server (Socket.IO, attached to server.mjs's http
// server). The teacher's presenter window owns a session: it holds a secret token (never in the
// join link), and only its deck messages reach the students. Students join by code, answer
// questions, and get the teacher's slide and widget state (on join, and again after any
// reconnect). With REDIS_URL, sessions and broadcasts are shared by every instance.
import crypto from 'node:crypto';
import { Server } from 'socket.io';
import proxyaddr from 'proxy-addr';
import {
  CODE_ALPHABET, CODE_LENGTH, MAX_PACKET, SOCKET_PATH,
  answerSchema, driveSchema, joinSchema, parse, startSchema, teachSchema,
} from '../lib/classroom/protocol.mjs';
import { bucket, redisWindowCounter, windowCounter } from './classroom-limits.mjs';
import { memoryStore, redisStore } from './classroom-store.mjs';

/** Messages per second a socket may send (a burst, then a rate); the teacher's laser is the busiest. */
const TEACHER_RATE = { burst: 240, perSecond: 120 };
const STUDENT_RATE = { burst: 20, perSecond: 4 };
/** Messages dropped by the throttle before the socket is disconnected. */
const DROPS_BEFORE_DISCONNECT = 40;
/** Wrong codes (and refused tokens) one address may try per minute: guessing 8.9e8 codes takes centuries. */
const FAILED_JOINS_PER_MINUTE = 12;
const STARTS_PER_MINUTE = 30;
/** Deck messages other than slide and widget state kept for students who join later (one per kind, one per run). */
const MAX_EXTRA_KINDS = 16;

const sha256 = (text) => crypto.createHash('sha256').update(text).digest('hex');
const newToken = () => crypto.randomBytes(24).toString('base64url');
const newStudentId = () => crypto.randomBytes(12).toString('base64url');
function newCode() {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[crypto.randomInt(CODE_ALPHABET.length)];
  return code;
}
function sameToken(token, hash) {
  const a = Buffer.from(sha256(token), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** Same-origin only: a page elsewhere cannot open a socket with a student's browser. Node clients send no Origin. */
function sameOrigin(req) {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/**
 * What a student's deck needs to show the teacher's slide and state: a 'sync', then the other
 * kept messages. Nothing while the teacher's deck has not said where it is (a session just
 * reopened after a restart): the student stays where they are until it does.
 */
function snapshot(record) {
  if (!record.deck) return [];
  return [{ kind: 'sync', ...record.deck, state: record.state }, ...Object.values(record.extra)];
}

/** The session after one teacher deck message (what a student joining now must see). */
function apply(record, message) {
  const { kind } = message;
  // `where`: the slide's place in the chapter, for students whose language numbers slides differently.
  if (kind === 'sync') {
    record.deck = { index: message.index, step: message.step, black: message.black, where: message.where };
    record.state = message.state ?? {};
  } else if (kind === 'deck') record.deck = { index: message.index, step: message.step, black: message.black, where: message.where };
  else if (kind === 'state' && typeof message.key === 'string') record.state[message.key] = message.value;
  else if (kind === 'hello' || kind === 'pointer') return false;
  else {
    // A run's messages are kept per run (a slide may show two; a run left on an earlier slide stays).
    const key = kind === 'run' && typeof message.id === 'string' ? `run:${message.id}` : kind;
    if (key in record.extra || Object.keys(record.extra).length < MAX_EXTRA_KINDS) record.extra[key] = message;
  }
  return true;
}

/**
 * @param {import('node:http').Server} httpServer
 * @param {{ redisUrl?: string, trustProxy?: string, log?: Pick<Console, 'error'> }} [options]
 * Opens the classroom on `httpServer`. With `redisUrl`, sessions live in Redis and broadcasts
 * go through the Redis adapter; otherwise both stay in this process. `trustProxy` names the
 * proxies in front (see clientAddress).
 */
export async function attachClassroom(httpServer, { redisUrl = process.env.REDIS_URL, trustProxy = process.env.TRUST_PROXY, log = console } = {}) {
  const addressOf = clientAddress(trustProxy);
  const io = new Server(httpServer, {
    path: SOCKET_PATH,
    serveClient: false,
    // WebSocket only: no long-polling requests for the service worker to hold or time out.
    transports: ['websocket'],
    maxHttpBufferSize: MAX_PACKET,
    allowRequest: (req, done) => done(null, sameOrigin(req)),
    pingInterval: 10_000,
    pingTimeout: 10_000,
  });
  /** @type {import('./classroom-store.mjs').SessionStore} */
  let store = memoryStore();
  // Guessing limits count per address across every instance (a shared counter when there is Redis).
  let failedJoins = windowCounter(FAILED_JOINS_PER_MINUTE, 60_000);
  let starts = windowCounter(STARTS_PER_MINUTE, 60_000);
  const redisClients = [];
  if (redisUrl) {
    const { createClient } = await import('redis');
    const { createAdapter } = await import('@socket.io/redis-adapter');
    const client = createClient({ url: redisUrl });
    const sub = client.duplicate();
    const pub = client.duplicate();
    for (const c of [client, sub, pub]) c.on('error', (error) => log.error('classroom redis:', error.message));
    await Promise.all([client.connect(), sub.connect(), pub.connect()]);
    redisClients.push(client, sub, pub);
    io.adapter(createAdapter(pub, sub));
    store = redisStore(client);
    failedJoins = redisWindowCounter(client, 'failed-joins', FAILED_JOINS_PER_MINUTE, 60_000);
    starts = redisWindowCounter(client, 'starts', STARTS_PER_MINUTE, 60_000);
  }

  /** The sessions whose teacher is connected here: this instance is their only writer. */
  const driven = new Map();
  /** Writes of one session, in order. */
  const writes = new Map();
  const persist = (code, record) => {
    const next = (writes.get(code) ?? Promise.resolve()).then(() => store.save(code, record)).catch((error) => log.error('classroom store:', error.message));
    writes.set(code, next);
    return next;
  };

  async function sendRoster(code) {
    const sockets = await io.in(`s:${code}`).fetchSockets();
    const roster = new Map(sockets.map((s) => [s.data.student, { student: s.data.student, nickname: s.data.nickname }]));
    io.to(`t:${code}`).emit('roster', [...roster.values()]);
  }

  async function becomeTeacher(socket, code, record) {
    socket.data = { role: 'teacher', code };
    driven.set(code, record);
    await socket.join(`t:${code}`);
    socket.emit('answers', await store.answers(code));
    await sendRoster(code);
  }

  io.on('connection', (socket) => {
    const address = addressOf(socket.request);
    socket.data = { role: null };
    let rate = bucket(STUDENT_RATE.burst, STUDENT_RATE.perSecond);
    let drops = 0;
    // Throttle, then drop: every event passes the socket's bucket first.
    socket.use((_packet, next) => {
      if (rate.take()) return next();
      if (++drops > DROPS_BEFORE_DISCONNECT) socket.disconnect(true);
    });
    const reply = (ack, value) => typeof ack === 'function' && ack(value);
    const refuse = (ack, error) => reply(ack, { ok: false, error });

    socket.on('start', async (data, ack) => {
      const asked = parse(startSchema, data);
      if (!asked) return refuse(ack, 'invalid');
      if (!(await starts.allowed(address))) return refuse(ack, 'too-many');
      await starts.add(address);
      const token = newToken();
      const record = { slug: asked.slug, lang: asked.lang, teacher: sha256(token), deck: null, state: {}, extra: {} };
      let code = newCode();
      while (!(await store.create(code, record))) code = newCode();
      rate = bucket(TEACHER_RATE.burst, TEACHER_RATE.perSecond);
      await becomeTeacher(socket, code, record);
      reply(ack, { ok: true, code, token });
    });

    socket.on('teach', async (data, ack) => {
      const asked = parse(teachSchema, data);
      if (!asked) return refuse(ack, 'invalid');
      if (!(await failedJoins.allowed(address))) return refuse(ack, 'too-many');
      let record = await store.get(asked.code);
      if (record && !sameToken(asked.token, record.teacher)) {
        await failedJoins.add(address);
        return refuse(ack, 'not-teacher');
      }
      if (!record) {
        // The server restarted (or the store lost it): the teacher's window still holds the
        // session, so it is opened again under the same code. A code nobody holds takes nothing from anyone.
        record = { slug: asked.slug, lang: asked.lang, teacher: sha256(asked.token), deck: null, state: {}, extra: {} };
        if (!(await store.create(asked.code, record))) return refuse(ack, 'not-teacher');
      }
      rate = bucket(TEACHER_RATE.burst, TEACHER_RATE.perSecond);
      await becomeTeacher(socket, asked.code, record);
      reply(ack, { ok: true });
    });

    socket.on('join', async (data, ack) => {
      const asked = parse(joinSchema, data);
      if (!asked) return refuse(ack, 'invalid');
      if (!(await failedJoins.allowed(address))) return refuse(ack, 'too-many');
      const record = await store.get(asked.code);
      if (!record) {
        await failedJoins.add(address);
        return refuse(ack, 'not-found');
      }
      const student = asked.student ?? newStudentId();
      socket.data = { role: 'student', code: asked.code, student, nickname: asked.nickname ?? '' };
      await socket.join(`s:${asked.code}`);
      reply(ack, { ok: true, slug: record.slug, lang: record.lang, student, messages: snapshot(record) });
      await sendRoster(asked.code);
    });

    socket.on('drive', async (data, ack) => {
      const { role, code } = socket.data;
      const record = role === 'teacher' ? driven.get(code) : undefined;
      if (!record) return refuse(ack, 'not-teacher');
      const message = parse(driveSchema, data);
      if (!message) return refuse(ack, 'invalid');
      socket.to(`s:${code}`).emit('deck', message);
      // The ack means stored: a student joining after it (on any instance) starts here.
      if (apply(record, message)) await persist(code, record);
      reply(ack, { ok: true });
    });

    socket.on('answer', async (data, ack) => {
      const { role, code, student, nickname } = socket.data;
      if (role !== 'student') return refuse(ack, 'invalid');
      const answer = parse(answerSchema, data);
      if (!answer) return refuse(ack, 'invalid');
      const record = { student, nickname, question: answer.question, value: answer.value, at: Date.now() };
      await store.addAnswer(code, `${student}|${answer.question}`, record);
      io.to(`t:${code}`).emit('answer', record);
      reply(ack, { ok: true });
    });

    socket.on('end', async (ack) => {
      const { role, code } = socket.data;
      if (role !== 'teacher') return refuse(ack, 'not-teacher');
      driven.delete(code);
      await writes.get(code);
      writes.delete(code);
      await store.remove(code);
      io.to(`s:${code}`).emit('ended');
      io.in(`s:${code}`).socketsLeave(`s:${code}`);
      socket.data = { role: null };
      reply(ack, { ok: true });
    });

    socket.on('disconnect', () => {
      const { role, code } = socket.data;
      if (role === 'student') void sendRoster(code).catch(() => undefined);
      if (role === 'teacher') {
        // Keep the session (the teacher comes back); only stop caching it here once nobody drives it.
        void io.in(`t:${code}`).fetchSockets().then((left) => left.length === 0 && driven.delete(code)).catch(() => undefined);
      }
    });
  });

  return {
    io,
    async close() {
      await new Promise((done) => io.close(() => done(undefined)));
      await Promise.all([...writes.values()]);
      await store.close();
      await Promise.all(redisClients.map((c) => c.quit().catch(() => undefined)));
    },
  };
}

/**
 * The address a connection's guessing limits count against. By default the connection's own;
 * behind proxies that add X-Forwarded-For, `trust` names them as Express's `trust proxy` does
 * (proxy-addr): a number of hops (`1`: one proxy in front), or addresses and subnets, comma
 * separated (`loopback`, `10.0.0.0/8`). Only entries added by trusted proxies are believed: a
 * client cannot dodge its limit by sending X-Forwarded-For itself.
 * @param {string | undefined} trust
 * @returns {(request: import('node:http').IncomingMessage) => string}
 */
export function clientAddress(trust) {
  const spec = trust?.trim();
  if (!spec) return (request) => request.socket.remoteAddress ?? '';
  const hops = /^\d+$/.test(spec) ? Number(spec) : null;
  const trusted = hops === null ? proxyaddr.compile(spec.split(',').map((part) => part.trim())) : (_address, i) => i < hops;
  return (request) => proxyaddr(request, trusted);
}
