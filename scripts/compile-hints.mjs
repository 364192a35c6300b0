// Marks the scripts every page runs at start-up for eager compilation (V8's explicit compile
// hints, Chrome 136+): a file that begins with `//# allFunctionsCalledOnLoad` is compiled on a
// background thread while it downloads. Without the mark, React and the router are compiled
// function by function on the main thread as they first run: on the cover that was about
// 230 ms of main-thread work under Lighthouse's 4x CPU slowdown, most of its blocking time.
// Other browsers read the line as a comment. Widget chunks, loaded later and only in part
// used, are left lazy.
//
// Usage (after `next build`): node scripts/compile-hints.mjs [build folder]
// The folder defaults to the one next.config.mjs builds into (.next, or out for the export).
import fs from 'node:fs';
import path from 'node:path';

export const HINT = '//# allFunctionsCalledOnLoad\n';

/** The start-up scripts a page's HTML names (async and hydration chunks; never noModule polyfills). */
export function startupScripts(html) {
  const polyfills = new Set([...html.matchAll(/<script[^>]*\bsrc="[^"]*\/_next\/static\/chunks\/([\w.-]+\.js)"[^>]*noModule/gi)].map((m) => m[1]));
  return [...new Set([...html.matchAll(/\/_next\/static\/chunks\/([\w.-]+\.js)/g)].map((m) => m[1]))].filter((name) => !polyfills.has(name));
}

function htmlFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Adds the hint to each start-up script in a build folder once; returns what it marked. */
export function markBuild(dir) {
  const pages = fs.existsSync(path.join(dir, 'server', 'app')) ? path.join(dir, 'server', 'app') : dir;
  const chunks = [path.join(dir, 'static', 'chunks'), path.join(dir, '_next', 'static', 'chunks')].find((candidate) => fs.existsSync(candidate));
  if (!chunks) throw new Error(`compile-hints: no static/chunks in ${dir}; run the build first`);
  const names = new Set(htmlFiles(pages).flatMap((file) => startupScripts(fs.readFileSync(file, 'utf8'))));
  let marked = 0;
  let bytes = 0;
  for (const name of names) {
    const file = path.join(chunks, name);
    if (!fs.existsSync(file)) continue;
    const code = fs.readFileSync(file, 'utf8');
    bytes += code.length;
    if (code.startsWith(HINT)) continue;
    fs.writeFileSync(file, HINT + code);
    marked++;
  }
  return { scripts: names.size, marked, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? process.env.NEXT_DIST_DIR ?? (process.env.NEXT_EXPORT === '1' ? 'out' : '.next');
  const { scripts, marked, bytes } = markBuild(dir);
  console.log(`compile hints: ${scripts} start-up scripts (${(bytes / 1024).toFixed(0)} KB) in ${dir}, ${marked} newly marked`);
}
