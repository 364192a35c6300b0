// Two classroom instances sharing sessions through a real Redis (Debian's redis-server, started
// here on a free port): the teacher on one instance, the students on the other.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import { SOCKET_PATH } from '../lib/classroom/protocol.mjs';

const redisServer = ['redis-server', '/usr/bin/redis-server', '/usr/sbin/redis-server'].find((bin) => spawnSync(bin, ['--version']).status === 0);
if (!redisServer) console.warn('SKIPPED two-instance classroom test: redis-server is not installed (Debian: apt-get install redis-server).');

const started: ChildProcess[] = [];
const sockets: Socket[] = [];

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => done(port));
    });
  });
}

/** Starts a process and waits for `ready` on its output. */
function start(command: string, args: string[], ready: RegExp, env: NodeJS.ProcessEnv = process.env): Promise<ChildProcess> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  return new Promise((done, fail) => {
    let seen = '';
    const look = (chunk: Buffer) => {
      seen += chunk.toString();
      if (ready.test(seen)) done(child);
    };
    child.stdout!.on('data', look);
    child.stderr!.on('data', look);
    child.once('exit', (code) => fail(new Error(`${command} exited (${code}): ${seen}`)));
  });
}

async function client(port: number): Promise<Socket> {
  const socket = connect(`http://127.0.0.1:${port}`, { path: SOCKET_PATH, transports: ['websocket'], reconnection: false });
  sockets.push(socket);
  await new Promise((done) => socket.once('connect', () => done(undefined)));
  return socket;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- replies are checked field by field
const ask = (socket: Socket, event: string, ...args: unknown[]): Promise<any> => socket.timeout(5000).emitWithAck(event, ...args);
const next = <T>(socket: Socket, event: string): Promise<T> => new Promise((done) => socket.once(event, done));

describe.skipIf(!redisServer)('classroom on two instances and Redis', () => {
  const ports = { redis: 0, a: 0, b: 0 };
  beforeAll(async () => {
    ports.redis = await freePort();
    await start(redisServer!, ['--port', String(ports.redis), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], /Ready to accept connections/);
    const env = { ...process.env, REDIS_URL: `redis://127.0.0.1:${ports.redis}` };
    const serve = path.join(import.meta.dirname, 'classroom-serve.mjs');
    [ports.a, ports.b] = await Promise.all([freePort(), freePort()]);
    await Promise.all([start('node', [serve, String(ports.a)], /ready/, env), start('node', [serve, String(ports.b)], /ready/, env)]);
  }, 60_000);
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    // Stopped by PID, each one this test started.
    await Promise.all(started.map((child) => new Promise((done) => (child.exitCode !== null ? done(undefined) : (child.once('exit', done), child.kill('SIGTERM'))))));
  });

  it('a student on instance B joins a session made on A, follows it, and answers back', async () => {
    const teacher = await client(ports.a);
    const { code, token } = await ask(teacher, 'start', { slug: 'loss', lang: 'zh' });
    await ask(teacher, 'drive', { kind: 'deck', index: 3, step: 0, black: false });

    const students = await Promise.all([client(ports.b), client(ports.b)]);
    const joined = await Promise.all(students.map((s, i) => ask(s, 'join', { code, nickname: `s${i}` })));
    joined.forEach((reply) => expect(reply).toMatchObject({ ok: true, slug: 'loss', messages: [{ kind: 'sync', index: 3 }] }));

    const heard = students.map((s) => next<{ index: number }>(s, 'deck'));
    await ask(teacher, 'drive', { kind: 'deck', index: 5, step: 1, black: false });
    expect((await Promise.all(heard)).map((m) => m.index)).toEqual([5, 5]);

    const answer = next<{ value: unknown }>(teacher, 'answer');
    await ask(students[0]!, 'answer', { question: 'predict:mse-outlier', value: 'b' });
    expect((await answer).value).toBe('b');

    expect(await ask(students[1]!, 'drive', { kind: 'deck', index: 0, step: 0, black: true })).toEqual({ ok: false, error: 'not-teacher' });
    // The teacher's window comes back on instance B: the token still holds.
    const back = await client(ports.b);
    expect(await ask(back, 'teach', { code, token, slug: 'loss', lang: 'zh' })).toEqual({ ok: true });

    const ended = students.map((s) => next(s, 'ended'));
    await ask(back, 'end');
    await Promise.all(ended);
    const late = await client(ports.a);
    expect(await ask(late, 'join', { code })).toEqual({ ok: false, error: 'not-found' });
  });

  // Last: it spends this address's wrong guesses for a minute, on every instance.
  it('holds the join-code guessing limit across instances: guesses on A count on B', async () => {
    const teacher = await client(ports.a);
    const { code } = await ask(teacher, 'start', { slug: 'loss', lang: 'en' });
    const wrong = code === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
    // Half the guesses on each instance: a limit per process (12) would let all of them through.
    const [onA, onB] = [await client(ports.a), await client(ports.b)];
    const replies: string[] = [];
    for (let i = 0; i < 14; i++) replies.push((await ask(i % 2 ? onB : onA, 'join', { code: wrong })).error);
    expect(replies.slice(0, 11)).toEqual(Array(11).fill('not-found')); // the earlier test guessed wrong once
    expect(replies.slice(11)).toEqual(['too-many', 'too-many', 'too-many']);
    // Even the right code is refused now, from a fresh socket on either instance.
    expect(await ask(await client(ports.b), 'join', { code })).toEqual({ ok: false, error: 'too-many' });
    expect(await ask(await client(ports.a), 'join', { code })).toEqual({ ok: false, error: 'too-many' });
  });
});
