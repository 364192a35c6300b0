import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { test, expect, reveal } from './fixtures';

// The static export (out/) served the way Netlify or Cloudflare Pages serve it: the files,
// plus the headers out/_headers gives each path. Its hashes come from the export's own build,
// not from .next, so they are checked here on their own.
const OUT = 'out';
test.skip(!fs.existsSync(path.join(OUT, '_headers')), 'run `npm run export` first (npm test does)');

type Rule = { pattern: RegExp; headers: [string, string][] };

/** out/_headers: a path pattern (`*` is any run of characters), then indented `Name: value` lines. */
function readRules(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const at = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** Every rule that matches adds its headers; a header set twice is joined, as those hosts do. */
function headersFor(rules: Rule[], urlPath: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter((r) => r.pattern.test(urlPath))) {
    for (const [name, value] of rule.headers) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.txt': 'text/plain' };
const rules = fs.existsSync(path.join(OUT, '_headers')) ? readRules(fs.readFileSync(path.join(OUT, '_headers'), 'utf8')) : [];

function inlineHashes(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\bsrc\s*=/i.test(m[1]!) && m[2] !== '')
    .map((m) => `'sha256-${crypto.createHash('sha256').update(m[2]!, 'utf8').digest('base64')}'`);
}

test('every exported page gets a policy with exactly its own script hashes, and caching by class', () => {
  const pages = fs
    .readdirSync(OUT, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html' && !path.relative(OUT, e.parentPath).startsWith('_'))
    .map((e) => path.join(e.parentPath, e.name));
  expect(pages.length).toBeGreaterThan(40);
  for (const file of pages) {
    const urlPath = `/${path.relative(OUT, path.dirname(file)).split(path.sep).join('/')}/`.replace('//', '/');
    const headers = headersFor(rules, urlPath);
    const csp = headers['Content-Security-Policy'] ?? '';
    const scripts = csp.split(';').find((d) => d.trim().startsWith('script-src '))?.trim().split(/\s+/).slice(1) ?? [];
    expect(scripts, urlPath).not.toContain("'unsafe-inline'");
    expect(scripts.filter((s) => s.startsWith("'sha")).sort(), urlPath).toEqual([...new Set(inlineHashes(fs.readFileSync(file, 'utf8')))].sort());
    expect(headers['Cache-Control'], urlPath).toBe('public, max-age=0, must-revalidate');
    expect(headers['Cross-Origin-Opener-Policy'], urlPath).toBe('same-origin');
  }
  const chunk = fs.readdirSync(path.join(OUT, '_next/static/chunks')).find((n) => n.endsWith('.js'));
  expect(headersFor(rules, `/_next/static/chunks/${chunk}`)['Cache-Control']).toBe('public, max-age=31536000, immutable');
  for (const file of ['/search-index.json', '/sw.js', '/favicon.svg']) {
    expect(headersFor(rules, file)['Cache-Control'], file).toBe('public, max-age=0, must-revalidate');
  }
});

test.describe('served with its _headers', () => {
  let server: http.Server;
  let origin = '';
  test.beforeAll(async () => {
    server = http.createServer((req, res) => {
      const urlPath = decodeURIComponent((req.url ?? '/').split('?')[0]!);
      let file = path.join(OUT, urlPath);
      if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
      const found = file.startsWith(OUT) && fs.existsSync(file);
      res.writeHead(found ? 200 : 404, { ...headersFor(rules, urlPath), 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
      res.end(found ? fs.readFileSync(file) : fs.readFileSync(path.join(OUT, '404.html')));
    });
    // Port 0: the system picks a free one, so parallel runs never collide.
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('a chapter hydrates under its policy: no violation, the widget answers', async ({ page }) => {
    // The fixture fails the test on any policy violation the page reports.
    await page.goto(`${origin}/en/hello-neuron/`);
    await reveal(page.locator('[data-widget="NeuronSignal"]'));
    const field = page.getByRole('textbox', { name: 'Input a1' });
    await field.fill('0');
    await field.press('Enter');
    await expect(field).toHaveValue('0.00');
  });

  for (const url of ['/', '/zh/playground/', '/en/loss/present/', '/zh/search/']) {
    test(`${url} loads under its policy without a violation`, async ({ page }) => {
      const response = await page.goto(`${origin}${url}`, { waitUntil: 'networkidle' });
      expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
      await expect(page.locator('body')).not.toBeEmpty();
    });
  }
});
