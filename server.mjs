// The production server: `npm start` (node server.mjs -p 3000). Next.js answers every request as
// `next start` would; around it this server
//   - sends each page its own Content-Security-Policy, allowing exactly the inline scripts that
//     page was built with (hashes from scripts/csp-hashes.mjs), plus the other security headers;
//   - sets caching by class: /_next/static/ is content-hashed and immutable, everything else
//     revalidates (server/policy.mjs);
//   - refuses what the book cannot serve with the right 4xx instead of Next's 500
//     (server/screen.mjs);
//   - hosts live classroom sessions on the same port (server/classroom.mjs, Socket.IO under
//     /classroom/; with REDIS_URL set, several instances share them through Redis).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { contentSecurityPolicy, securityHeaders, cacheControl } from './server/policy.mjs';
import { decodePath, screen } from './server/screen.mjs';
import { matches, routeBodyEtags } from './server/etags.mjs';
import { attachClassroom } from './server/classroom.mjs';

const { values: args } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(args.port ?? process.env.PORT ?? 3000);
// Like `next start`: every interface unless -H names one (HOSTNAME is the machine's name in
// containers, not an address to bind, so it is not read).
const hostname = args.hostname;
const dir = path.dirname(fileURLToPath(import.meta.url));
const distDir = path.join(dir, process.env.NEXT_DIST_DIR || '.next');
const hashesFile = path.join(distDir, 'csp-hashes.json');
if (!fs.existsSync(hashesFile)) {
  console.error(`No ${path.relative(dir, hashesFile)}: build the book first with \`npm run build\`.`);
  process.exit(1);
}

/** Each page's policy, written out once: the per-request work is a lookup. */
const hashes = JSON.parse(fs.readFileSync(hashesFile, 'utf8'));
const pagePolicy = new Map(Object.entries(hashes.pages).map(([page, list]) => [page, contentSecurityPolicy(list)]));
const notFoundPolicy = contentSecurityPolicy(hashes.notFound);
const errorPolicy = contentSecurityPolicy(hashes.error);
/** For files (scripts, JSON, SVG): no inline script at all. */
const filePolicy = contentSecurityPolicy();
const folders = { distDir, publicDir: path.join(dir, 'public') };
const bodyEtags = routeBodyEtags(distDir);

/**
 * The policy for a response. A page's path gets its page's hashes whatever the response: a 304
 * has no content type, and the browser takes the 304's headers over the ones it kept (without
 * this, a reload got no hashes and every inline script was refused). Other HTML is the 404 or
 * the error page; anything else is a file, with no inline script at all.
 */
function policyFor(pathname, status, type) {
  const html = String(type ?? '').startsWith('text/html');
  if (html && status >= 500) return errorPolicy;
  const page = pagePolicy.get(pathname);
  if (page) return page;
  return html && status >= 400 ? notFoundPolicy : filePolicy;
}

/**
 * Sets our headers at the last moment, when the status and content type are known (Next sets
 * its own Cache-Control as it answers: a year for pages, which is the problem this fixes).
 */
function decorate(res, pathname) {
  const writeHead = res.writeHead;
  const etag = bodyEtags.get(pathname);
  res.writeHead = function (status, ...rest) {
    const last = rest[rest.length - 1];
    if (last && typeof last === 'object') {
      rest.pop(); // headers passed here would override setHeader: fold them in first
      for (const [key, value] of Array.isArray(last) ? last : Object.entries(last)) this.setHeader(key, value);
    }
    for (const [key, value] of Object.entries(securityHeaders)) this.setHeader(key, value);
    this.setHeader('Content-Security-Policy', policyFor(pathname, status, this.getHeader('content-type')));
    if (status < 400 && !(status >= 300 && status < 304)) this.setHeader('Cache-Control', cacheControl(pathname));
    if (etag && (status === 200 || status === 304)) this.setHeader('ETag', etag);
    return writeHead.call(this, status, ...rest);
  };
}

// Set before Next.js (and React) load: they read it once.
process.env.NODE_ENV ??= 'production';
const { default: next } = await import('next');
const app = next({ dev: false, dir, hostname, port, quiet: true });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  const refusal = screen(req, folders);
  if (refusal) {
    res.writeHead(refusal.status, {
      ...securityHeaders,
      ...refusal.headers,
      'Content-Security-Policy': filePolicy,
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : refusal.body);
    return;
  }
  const pathname = decodePath(req.url);
  decorate(res, pathname);
  const etag = bodyEtags.get(pathname);
  if (etag && matches(req.headers['if-none-match'], etag)) {
    res.writeHead(304);
    res.end();
    return;
  }
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end();
  });
});
// Socket.IO takes its own path's requests before the handler above sees them.
const classroom = await attachClassroom(server);
// Stopped (Ctrl+C, a deploy): close the sockets and flush the sessions' last writes first.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void classroom.close().finally(() => process.exit(0));
  });
}
server.listen(port, hostname, () => {
  console.log(`Neuron Story on http://${hostname ?? 'localhost'}:${port}`);
});
