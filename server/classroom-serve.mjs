// The classroom alone on a port, without the book (no build needed): for the load script and the
// two-instance Redis test. `node server/classroom-serve.mjs <port>`; REDIS_URL as for server.mjs.
// Prints "ready <port>" once it listens.
import http from 'node:http';
import { attachClassroom } from './classroom.mjs';

const port = Number(process.argv[2] ?? 0);
const server = http.createServer((_req, res) => {
  res.writeHead(404).end();
});
const classroom = await attachClassroom(server);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void classroom.close().finally(() => process.exit(0)));
server.listen(port, '127.0.0.1', () => console.log(`ready ${server.address().port}`));
