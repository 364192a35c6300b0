// The classroom server with real Socket.IO clients on a free port, no mocks (as Socket.IO's own tests).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import { attachClassroom } from './classroom.mjs';
import { SOCKET_PATH } from '../lib/classroom/protocol.mjs';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const undo of cleanup.splice(0).reverse()) await undo();
});

async function serve({ trustProxy = '' } = {}) {
  const server = http.createServer((_req, res) => res.end());
  const classroom = await attachClassroom(server, { redisUrl: '', trustProxy, log: { error: () => undefined } });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  cleanup.push(() => classroom.close());
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function client(url: string, headers?: Record<string, string>): Promise<Socket> {
  const socket = connect(url, { path: SOCKET_PATH, transports: ['websocket'], reconnection: false, extraHeaders: headers });
  cleanup.push(() => void socket.disconnect());
  await new Promise<void>((done, fail) => {
    socket.once('connect', done);
    socket.once('connect_error', fail);
  });
  return socket;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- replies are checked field by field
const ask = (socket: Socket, event: string, ...args: unknown[]): Promise<any> => socket.timeout(3000).emitWithAck(event, ...args);
const next = <T>(socket: Socket, event: string): Promise<T> => new Promise((done) => socket.once(event, done));

async function session(url: string) {
  const teacher = await client(url);
  const started = await ask(teacher, 'start', { slug: 'training', lang: 'zh' });
  return { teacher, code: started.code as string, token: started.token as string };
}

describe('classroom server', () => {
  it('sends the teacher’s slide to students, and a late joiner starts where the teacher is', async () => {
    const url = await serve();
    const { teacher, code, token } = await session(url);
    const first = await client(url);
    expect((await ask(first, 'join', { code })).messages).toEqual([]);
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    expect(token.length).toBeGreaterThanOrEqual(32);
    const early = await client(url);
    expect(await ask(early, 'join', { code: code.toLowerCase() })).toMatchObject({ ok: true, slug: 'training', lang: 'zh' });
    const heard = next<{ kind: string; index: number }>(early, 'deck');
    await ask(teacher, 'drive', { kind: 'deck', index: 4, step: 1, black: false });
    expect(await heard).toEqual({ kind: 'deck', index: 4, step: 1, black: false });
    await ask(teacher, 'drive', { kind: 'state', key: 'training/1:lr', value: 0.3 });
    // A kind this server has never heard of is relayed and kept for later joiners (run snapshots).
    await ask(teacher, 'drive', { kind: 'run', steps: 120 });
    // Runs are kept one per run: the last message of each of two runs on the slide.
    await ask(teacher, 'drive', { kind: 'run', id: 'race', response: { step: 10 } });
    await ask(teacher, 'drive', { kind: 'run', id: 'floor', response: { step: 4 } });
    await ask(teacher, 'drive', { kind: 'run', id: 'race', response: { step: 11 } });
    const late = await client(url);
    const joined = await ask(late, 'join', { code, nickname: 'Mei' });
    expect(joined.messages).toEqual([
      { kind: 'sync', index: 4, step: 1, black: false, state: { 'training/1:lr': 0.3 } },
      { kind: 'run', steps: 120 },
      { kind: 'run', id: 'race', response: { step: 11 } },
      { kind: 'run', id: 'floor', response: { step: 4 } },
    ]);
  });

  it('refuses a student’s forged drive and a wrong token: only the teacher moves the class', async () => {
    const url = await serve();
    const { code, token } = await session(url);
    const mallory = await client(url);
    const victim = await client(url);
    await ask(mallory, 'join', { code });
    await ask(victim, 'join', { code });
    let moved = false;
    victim.on('deck', () => (moved = true));
    expect(await ask(mallory, 'drive', { kind: 'deck', index: 9, step: 0, black: true })).toEqual({ ok: false, error: 'not-teacher' });
    expect(await ask(mallory, 'teach', { code, token: token.replace(/./, (c) => (c === 'A' ? 'B' : 'A')), slug: 'training', lang: 'zh' })).toEqual({ ok: false, error: 'not-teacher' });
    expect(await ask(mallory, 'drive', { kind: 'deck', index: 9, step: 0, black: true })).toEqual({ ok: false, error: 'not-teacher' });
    await new Promise((done) => setTimeout(done, 100));
    expect(moved).toBe(false);
    // The real token (a reload of the presenter window) takes the session back.
    const again = await client(url);
    expect(await ask(again, 'teach', { code, token, slug: 'training', lang: 'zh' })).toEqual({ ok: true });
  });

  it('validates messages: junk is refused with a reason, an oversized packet drops the socket', async () => {
    const url = await serve();
    const { teacher, code } = await session(url);
    expect(await ask(teacher, 'drive', { kind: '<script>' })).toEqual({ ok: false, error: 'invalid' });
    const student = await client(url);
    expect(await ask(student, 'join', { code, nickname: 'a\u0000b' })).toEqual({ ok: false, error: 'invalid' });
    await ask(student, 'join', { code });
    expect(await ask(student, 'answer', { question: 'check:x', value: '<b>hi</b>' })).toEqual({ ok: false, error: 'invalid' });
    const gone = next(teacher, 'disconnect');
    teacher.emit('drive', { kind: 'state', key: 'k', value: 'x'.repeat(300 * 1024) });
    expect(await gone).toBe('transport close');
  });

  it('throttles a flooding client, then disconnects it', async () => {
    const url = await serve();
    const { code } = await session(url);
    const flood = await client(url);
    await ask(flood, 'join', { code });
    const gone = next(flood, 'disconnect');
    for (let i = 0; i < 200; i++) flood.emit('answer', { question: 'check:x', value: i });
    expect(await gone).toBe('io server disconnect');
  });

  it('rate-limits wrong codes per address, so codes cannot be guessed', async () => {
    const url = await serve();
    const { code } = await session(url);
    const guesser = await client(url);
    const replies = [];
    for (let i = 0; i < 13; i++) replies.push((await ask(guesser, 'join', { code: `ZZZZZ${'23456789ABCDE'[i]}` })).error);
    expect(replies.slice(0, 12).every((error) => error === 'not-found')).toBe(true);
    expect(replies[12]).toBe('too-many');
    // Even the right code waits now.
    expect(await ask(guesser, 'join', { code })).toEqual({ ok: false, error: 'too-many' });
  });

  it('behind a proxy named in TRUST_PROXY, counts each student’s own address, and believes no address a client added itself', async () => {
    const guess = async (socket: Socket, n: number) => {
      const replies: string[] = [];
      for (let i = 0; i < n; i++) replies.push((await ask(socket, 'join', { code: `ZZZZZ${'23456789ABCDE'[i]}` })).error);
      return replies;
    };
    // Untrusted (the default): every connection through the proxy is the proxy; the 13th guess is refused, whoever sends it.
    const plain = await serve();
    const plainSession = await session(plain);
    expect(await guess(await client(plain, { 'X-Forwarded-For': '203.0.113.7' }), 12)).not.toContain('too-many');
    expect(await ask(await client(plain, { 'X-Forwarded-For': '203.0.113.8' }), 'join', { code: plainSession.code })).toEqual({ ok: false, error: 'too-many' });

    for (const trustProxy of ['1', 'loopback']) {
      const url = await serve({ trustProxy });
      const { code } = await session(url);
      // (the proxy appends the address it saw; a client may have sent its own list first)
      const guesser = await client(url, { 'X-Forwarded-For': '203.0.113.7' });
      expect((await guess(guesser, 13))[12]).toBe('too-many');
      // another student behind the same proxy still joins
      expect((await ask(await client(url, { 'X-Forwarded-For': '203.0.113.8' }), 'join', { code })).ok).toBe(true);
      // the guesser forging a fresh address in front of the proxy's entry is still the guesser
      expect(await ask(await client(url, { 'X-Forwarded-For': '198.51.100.1, 203.0.113.7' }), 'join', { code })).toEqual({ ok: false, error: 'too-many' });
    }
  });

  it('gives answers to the teacher (again after a reconnect), and forgets everything when the session ends', async () => {
    const url = await serve();
    const { teacher, code, token } = await session(url);
    const student = await client(url);
    await ask(student, 'join', { code, nickname: 'Ana' });
    const got = next<{ question: string; value: unknown; nickname: string }>(teacher, 'answer');
    await ask(student, 'answer', { question: 'check:epochs-from-steps', value: 6 });
    expect(await got).toMatchObject({ question: 'check:epochs-from-steps', value: 6, nickname: 'Ana' });
    await ask(student, 'answer', { question: 'check:epochs-from-steps', value: 7 });
    const back = await client(url);
    const answers = next<{ value: unknown }[]>(back, 'answers');
    await ask(back, 'teach', { code, token, slug: 'training', lang: 'zh' });
    expect((await answers).map((a) => a.value)).toEqual([7]);
    const ended = next(student, 'ended');
    expect(await ask(back, 'end')).toEqual({ ok: true });
    await ended;
    const other = await client(url);
    expect(await ask(other, 'join', { code })).toEqual({ ok: false, error: 'not-found' });
  });

  it('refuses a socket opened by a page on another origin', async () => {
    const url = await serve();
    await expect(client(url, { Origin: 'https://evil.example' })).rejects.toThrow();
    await expect(client(url, { Origin: url })).resolves.toBeTruthy();
  });
});
