// The static export has no classroom server: starting or joining a class says so in words,
// and the book itself reads and presents as ever.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { test, expect } from './fixtures';

const OUT = 'out';
test.skip(!fs.existsSync(path.join(OUT, 'index.html')), 'run `npm run export` first (npm test does)');
// The class's socket finds no server: the browser logs each failed try.
test.use({ allowedConsole: [/WebSocket connection to .* failed/] });

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.woff2': 'font/woff2' };
let server: http.Server;
let origin = '';
test.beforeAll(async () => {
  // Files only, as a static host serves them (no WebSocket upgrade: Node drops the request).
  server = http.createServer((req, res) => {
    let file = path.join(OUT, decodeURIComponent((req.url ?? '/').split('?')[0]!));
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const found = file.startsWith(OUT) && fs.existsSync(file);
    res.writeHead(found ? 200 : 404, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    res.end(found ? fs.readFileSync(file) : '');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

test('without the server, starting or joining a class says it needs one', async ({ page }) => {
  await page.goto(`${origin}/en/hello-neuron/present/?presenter`);
  await expect(page.locator('main[data-ready]')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('class-start').click();
  await expect(page.locator('[data-classroom] [role="alert"]')).toContainText('Class sessions need the book’s server (npm start)');

  await page.goto(`${origin}/zh/class/?code=K7M2QX`);
  await page.getByTestId('join-form').getByRole('button').click();
  await expect(page.getByTestId('join-form').getByRole('alert')).toContainText('课堂需要本书的服务器');
  // What was typed is still there.
  await expect(page.getByTestId('join-form').getByRole('textbox').first()).toHaveValue('K7M2QX');
});
