// Marks the book's scripts for eager compilation (V8's explicit compile hints, Chrome 136+): a
// file that begins with `//# allFunctionsCalledOnLoad` is compiled on a background thread while
// it downloads. Without the mark, React and the router are compiled function by function on the
// main thread as they first run: on the cover that was about 230 ms of main-thread work under
// Lighthouse's 4x CPU slowdown, most of its blocking time. Every chunk is marked, because each is
// fetched only when its code is about to run (a route at start-up, a widget as it comes near,
// the playground's workbench right after the page); only the polyfills that modern browsers
// skip (noModule) are left alone. Other browsers read the line as a comment.
// Kept by issue 20's A/B (2026-12-07, one run, builds alternated, median of 5 Lighthouse mobile
// runs each, with / without hints): blocking time on the cover 132 / 578 ms, on the playground
// 38 / 380 ms; on gradient-descent no difference beyond the noise (3395 / 2619 ms). Table in
// the notes (ab-table.md).
//
// Usage (after `next build`): node scripts/compile-hints.mjs [build folder]
// The folder defaults to the one next.config.mjs builds into (.next, or out for the export).
import fs from 'node:fs';
import path from 'node:path';

export const HINT = '//# allFunctionsCalledOnLoad\n';

/** Scripts a page loads only as noModule: the polyfills a modern browser never runs. */
export function polyfills(html) {
  return [...html.matchAll(/<script[^>]*\bsrc="[^"]*\/_next\/static\/chunks\/([\w.-]+\.js)"[^>]*noModule/gi)].map((m) => m[1]);
}

function htmlFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Adds the hint once to each script of a build folder but the polyfills; returns what it did. */
export function markBuild(dir) {
  const pages = fs.existsSync(path.join(dir, 'server', 'app')) ? path.join(dir, 'server', 'app') : dir;
  const chunks = [path.join(dir, 'static', 'chunks'), path.join(dir, '_next', 'static', 'chunks')].find((candidate) => fs.existsSync(candidate));
  if (!chunks) throw new Error(`compile-hints: no static/chunks in ${dir}; run the build first`);
  const skip = new Set(htmlFiles(pages).flatMap((file) => polyfills(fs.readFileSync(file, 'utf8'))));
  const names = fs.readdirSync(chunks).filter((name) => name.endsWith('.js') && !skip.has(name));
  let marked = 0;
  let bytes = 0;
  for (const name of names) {
    const file = path.join(chunks, name);
    const code = fs.readFileSync(file, 'utf8');
    bytes += code.length;
    if (code.startsWith(HINT)) continue;
    fs.writeFileSync(file, HINT + code);
    marked++;
  }
  return { scripts: names.length, skipped: skip.size, marked, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? process.env.NEXT_DIST_DIR ?? (process.env.NEXT_EXPORT === '1' ? 'out' : '.next');
  const { scripts, skipped, marked, bytes } = markBuild(dir);
  console.log(`compile hints: ${scripts} scripts (${(bytes / 1024).toFixed(0)} KB) in ${dir}, ${marked} newly marked; ${skipped} noModule polyfill file(s) left alone`);
}
