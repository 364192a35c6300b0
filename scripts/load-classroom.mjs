// `npm run load:classroom`: the classroom under a school's load, on loopback only.
// Starts the classroom server (server/classroom-serve.mjs) on a free local port, opens
// SESSIONS teachers and SESSIONS × STUDENTS students (socket.io-client, as browsers speak it),
// then each teacher changes slides CHANGES times. For every slide change and every student it
// measures the time from the teacher's send to the student's receipt, and prints p50/p95/p99
// and the share within 250 ms. Bounded: fixed counts, a time limit, and it fails (exit 1) when
// fewer than 99 % of deliveries arrive within 250 ms.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { io } from 'socket.io-client';
import { SOCKET_PATH } from '../lib/classroom/protocol.mjs';

const SESSIONS = Number(process.env.SESSIONS ?? 20);
const STUDENTS = Number(process.env.STUDENTS ?? 40);
const CHANGES = Number(process.env.CHANGES ?? 10);
const WITHIN_MS = 250;
const TARGET = 0.99;
const TIME_LIMIT_MS = 120_000;

const dir = path.dirname(fileURLToPath(import.meta.url));
const limit = setTimeout(() => fail(`time limit of ${TIME_LIMIT_MS / 1000} s reached`), TIME_LIMIT_MS);
const server = spawn(process.execPath, [path.join(dir, '../server/classroom-serve.mjs'), process.env.PORT ?? '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const sockets = [];

function fail(reason) {
  console.error(`load:classroom failed: ${reason}`);
  stop(1);
}
function stop(code) {
  clearTimeout(limit);
  sockets.forEach((socket) => socket.disconnect());
  server.kill('SIGTERM');
  process.exitCode = code;
}

const port = await new Promise((done) => {
  server.stdout.on('data', (chunk) => {
    const match = /ready (\d+)/.exec(String(chunk));
    if (match) done(Number(match[1]));
  });
});
const url = `http://127.0.0.1:${port}`;

function open() {
  const socket = io(url, { path: SOCKET_PATH, transports: ['websocket'], reconnection: false });
  sockets.push(socket);
  return new Promise((done, reject) => {
    socket.once('connect', () => done(socket));
    socket.once('connect_error', reject);
  });
}
const ask = (socket, event, payload) => socket.timeout(10_000).emitWithAck(event, payload);

/** Each change's send time, by session and slide index; each delivery's latency. */
const sentAt = new Map();
const latencies = [];
let expected = 0;

console.log(`classroom load: ${SESSIONS} sessions × ${STUDENTS} students, ${CHANGES} slide changes each, loopback port ${port}`);
const sessions = [];
for (let s = 0; s < SESSIONS; s++) {
  const teacher = await open();
  const { code } = await ask(teacher, 'start', { slug: 'training', lang: s % 2 ? 'en' : 'zh' });
  sessions.push({ teacher, code });
}
const joinStart = performance.now();
// Students join class by class, a whole class at once (as when the code goes up on the projector).
for (let s = 0; s < SESSIONS; s++) {
  const { code } = sessions[s];
  await Promise.all(
    Array.from({ length: STUDENTS }, async (_, i) => {
      const student = await open();
      const reply = await ask(student, 'join', { code, nickname: `student ${i}` });
      if (!reply.ok) throw new Error(`join refused: ${reply.error}`);
      student.on('deck', (message) => {
        const at = sentAt.get(`${code}/${message.index}`);
        if (at !== undefined) latencies.push(performance.now() - at);
      });
    }),
  );
}
console.log(`${SESSIONS * STUDENTS} students joined in ${((performance.now() - joinStart) / 1000).toFixed(1)} s`);

// Every teacher changes slides at the same moments (the worst case: all classes at once),
// 300 ms apart.
for (let change = 1; change <= CHANGES; change++) {
  for (const { teacher, code } of sessions) {
    sentAt.set(`${code}/${change}`, performance.now());
    teacher.emit('drive', { kind: 'deck', index: change, step: 0, black: false });
    expected += STUDENTS;
  }
  await new Promise((done) => setTimeout(done, 300));
}
await new Promise((done) => setTimeout(done, 1000));

const sorted = latencies.toSorted((a, b) => a - b);
const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const within = latencies.filter((ms) => ms <= WITHIN_MS).length / expected;
console.log(`deliveries: ${latencies.length} of ${expected} (${((100 * latencies.length) / expected).toFixed(2)} %)`);
console.log(`latency ms: p50 ${at(0.5).toFixed(1)}  p95 ${at(0.95).toFixed(1)}  p99 ${at(0.99).toFixed(1)}  max ${sorted.at(-1)?.toFixed(1)}`);
console.log(`within ${WITHIN_MS} ms: ${(100 * within).toFixed(2)} % (target ≥ ${100 * TARGET} %)`);
if (within >= TARGET) stop(0);
else fail(`only ${(100 * within).toFixed(2)} % of students had the slide within ${WITHIN_MS} ms`);
