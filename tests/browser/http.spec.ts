import fs from 'node:fs';
import http from 'node:http';
// Plain HTTP, no page: the fixtures' browser watchers have nothing to watch here.
import { test, expect } from '@playwright/test';

/** A chunk of this build: content-hashed, served from /_next/static/. */
const chunk = `/_next/static/chunks/${fs.readdirSync('.next/static/chunks').find((name) => name.endsWith('.js'))}`;

/**
 * Sends a request exactly as written: no client library in between that would fix its
 * encoding or refuse its method.
 */
function send(baseURL: string, method: string, path: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(baseURL);
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ hostname, port, method, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (part: string) => (body += part));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test.describe('bad requests get a 4xx, not a 500', () => {
  const cases: [method: string, path: string, headers: Record<string, string>, status: number][] = [
    ['POST', chunk, {}, 405],
    ['PUT', '/sw.js', {}, 405],
    ['DELETE', '/favicon.svg', {}, 405],
    ['POST', '/search-index.json', {}, 405],
    ['POST', '/en/hello-neuron', {}, 405],
    ['PUT', '/', {}, 405],
    ['DELETE', '/zh/glossary', {}, 405],
    ['PATCH', '/en/playground', {}, 405],
    ['GET', '/%', {}, 400],
    ['GET', '/%E0%A4%A', {}, 400],
    ['GET', '/en/%ZZ', {}, 400],
    ['GET', '/sw.js', { range: 'bytes=99999999-' }, 416],
    ['GET', '/favicon.svg', { range: 'bytes=5000000-6000000' }, 416],
    ['GET', chunk, { range: 'bytes=99999999-' }, 416],
  ];
  for (const [method, path, headers, status] of cases) {
    test(`${method} ${path.replace(/chunks\/.*/, 'chunks/…')} ${headers.range ?? ''}→ ${status}`, async ({ baseURL }) => {
      const response = await send(baseURL!, method, path, headers);
      expect(response.status).toBe(status);
      if (status === 405) expect(response.headers.allow).toBe('GET, HEAD');
      if (status === 416) expect(response.headers['content-range']).toMatch(/^bytes \*\/\d+$/);
      expect(response.headers['cache-control']).toBe('no-store');
    });
  }

  test('what the book can serve is still served: GET, HEAD, a byte range, a page or file that is not there', async ({ baseURL }) => {
    expect((await send(baseURL!, 'GET', '/en/hello-neuron')).status).toBe(200);
    expect((await send(baseURL!, 'HEAD', '/')).status).toBe(200);
    const part = await send(baseURL!, 'GET', '/sw.js', { range: 'bytes=0-9' });
    expect(part.status).toBe(206);
    expect(part.body).toHaveLength(10);
    expect((await send(baseURL!, 'GET', '/en/no-such-page')).status).toBe(404);
    expect((await send(baseURL!, 'GET', '/no-such-file.js')).status).toBe(404);
    // A well-formed escape still reaches its page.
    expect((await send(baseURL!, 'GET', '/en/hello%2Dneuron')).status).toBe(200);
  });
});

test.describe('caching survives a redeploy', () => {
  const revalidate = 'public, max-age=0, must-revalidate';
  // Pages and every file whose name does not change with its content: asked again each time,
  // so a CDN or browser never keeps a page that points at chunks a redeploy removed.
  for (const path of ['/', '/en/hello-neuron', '/zh/hello-neuron/present', '/en/playground', '/search-index.json', '/sw.js', '/favicon.svg']) {
    test(`${path} revalidates`, async ({ baseURL }) => {
      const response = await send(baseURL!, 'GET', path);
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe(revalidate);
      // Revalidating is cheap: the same ETag gets a 304 and no body, with the same policy (the
      // browser replaces the headers it kept with the 304's).
      const etag = response.headers.etag;
      expect(etag).toBeTruthy();
      const again = await send(baseURL!, 'GET', path, { 'if-none-match': etag! });
      expect(again.status).toBe(304);
      expect(again.headers['content-security-policy']).toBe(response.headers['content-security-policy']);
    });
  }

  test('content-hashed build files are kept for a year', async ({ baseURL }) => {
    const html = (await send(baseURL!, 'GET', '/en/loss')).body;
    const assets = [...new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1]!))];
    expect(assets.length).toBeGreaterThan(3);
    for (const asset of assets) {
      const response = await send(baseURL!, 'GET', asset);
      expect(response.status, asset).toBe(200);
      expect(response.headers['cache-control'], asset).toBe('public, max-age=31536000, immutable');
    }
  });
});
