// node --import tsx bench/profile-playground.ts: where the main thread's longest tasks go while the
// largest dog playground sets up and plays (the setup bench/playground.ts times). For each of the
// longest tasks: the trace's events inside it (script, style, layout, paint…) and a CPU profile's
// samples inside it, by function, mapped through the build's source maps to the source file and line.
// PROFILE_DIR the built copy to profile (default here), PROFILE_PORT its port (default 3549).
// A task with no events inside it is the profiler's or the trace's own start or stop, not the page's.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { encodeState } from '../lib/playground/codec';
import { chromiumLaunch } from '../playwright.config';
import { serveBuild } from '../scripts/serve-build.mjs';
import { largest } from './largest';


type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string; data?: { url?: string; functionName?: string } } };
type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type Profile = { nodes: { id: number; callFrame: CallFrame; parent?: number; children?: number[] }[]; startTime: number; samples: number[]; timeDeltas: number[] };

const dir = process.env.PROFILE_DIR ?? '.';
const maps = new Map<string, TraceMap | null>();
const sources = new Map<string, string[]>();
function where(frame: CallFrame): string {
  const m = /\/_next\/(static\/.*\.js)/.exec(frame.url);
  if (!m) return `${frame.functionName || '(anon)'} ${frame.url ? path.basename(frame.url) : '(native)'}`;
  const file = path.join(dir, '.next', m[1]!);
  if (!maps.has(file)) maps.set(file, fs.existsSync(`${file}.map`) ? new TraceMap(fs.readFileSync(`${file}.map`, 'utf8')) : null);
  const map = maps.get(file);
  if (!map) {
    // no source map: the function's first characters say which it is
    if (!sources.has(file)) sources.set(file, fs.readFileSync(file, 'utf8').split('\n'));
    const text = sources.get(file)![frame.lineNumber]?.slice(frame.columnNumber, frame.columnNumber + 70) ?? '';
    return `${frame.functionName} ${path.basename(file)}:${frame.lineNumber}:${frame.columnNumber} «${text}»`;
  }
  const at = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
  const source = (at.source ?? '?').replace(/^.*?(node_modules|components|lib|app)\//, '$1/');
  return `${at.name ?? frame.functionName ?? '(anon)'} ${source}:${at.line}`;
}

async function record(browser: Browser, page: Page, cdp: CDPSession, act: () => Promise<void>) {
  await browser.startTracing(page, { categories: (process.env.PROFILE_CATEGORIES ?? 'devtools.timeline,disabled-by-default-devtools.timeline').split(',') });
  await cdp.send('Profiler.start');
  await act();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  return { profile, traceEvents };
}

function report(label: string, { profile, traceEvents }: { profile: Profile; traceEvents: TraceEvent[] }, top = 3) {
  const main = new Set(traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = traceEvents.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  const tasks = onMain.filter((e) => e.name === 'RunTask').sort((a, b) => (process.env.PROFILE_BY === 'wall' ? (b.dur ?? 0) - (a.dur ?? 0) : (b.tdur ?? 0) - (a.tdur ?? 0))).slice(0, top);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d));
  console.log(`\n=== ${label}: ${top} longest main-thread tasks`);
  for (const task of tasks) {
    const from = task.ts;
    const to = task.ts + (task.dur ?? 0);
    console.log(`\n-- task at ${(from / 1000).toFixed(0)} ms: ${((task.tdur ?? 0) / 1000).toFixed(1)} ms CPU, ${((task.dur ?? 0) / 1000).toFixed(1)} ms wall`);
    const kinds = new Map<string, number>();
    for (const e of onMain) {
      if (e === task || e.ts < from || e.ts + (e.dur ?? 0) > to || e.name === 'RunTask') continue;
      const key = e.name === 'FunctionCall' || e.name === 'EvaluateScript' ? `${e.name} ${e.args?.data?.functionName ?? ''} ${path.basename(e.args?.data?.url ?? '')}` : e.name;
      kinds.set(key, (kinds.get(key) ?? 0) + (e.dur ?? 0) / 1000);
    }
    console.log('   events (wall ms, nested ones counted in their parents too):');
    [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 14).forEach(([k, v]) => console.log(`     ${v.toFixed(1).padStart(6)}  ${k}`));
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const at = times[i]!;
      if (at < from || at > to) return;
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const node = byId.get(id)!;
      const name = where(node.callFrame);
      self.set(name, (self.get(name) ?? 0) + dt);
      const seen = new Set<string>();
      for (let n: typeof node | undefined = node; n; n = n.parent !== undefined ? byId.get(n.parent) : undefined) {
        const k = where(n.callFrame);
        if (seen.has(k)) continue;
        seen.add(k);
        total.set(k, (total.get(k) ?? 0) + dt);
      }
    });
    console.log('   profile, self ms:');
    [...self].sort((a, b) => b[1] - a[1]).slice(0, 14).forEach(([k, v]) => console.log(`     ${v.toFixed(1).padStart(6)}  ${k}`));
    console.log('   profile, total ms (project code):');
    [...total].filter(([k]) => / (components|lib|app)\//.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 16).forEach(([k, v]) => console.log(`     ${v.toFixed(1).padStart(6)}  ${k}`));
  }
}

async function main() {
  const port = Number(process.env.PROFILE_PORT ?? 3549);
  const server = await serveBuild(port, dir);
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 1280, height: 900 } });
    const first = await context.newPage();
    await first.goto(`${server.url}/en/playground`);
    await first.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await first.locator('[data-action="play"]:enabled').waitFor({ timeout: 30_000 });
    await first.close();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    if (process.env.PROFILE_FLOOR) {
      // the training chapter's floor, as tests/browser/training.spec.ts plays it
      await page.goto(`${server.url}/en/training`, { waitUntil: 'networkidle' });
      const widget = page.locator('[data-widget="TrainingFloor"]');
      await widget.scrollIntoViewIfNeeded();
      await widget.and(page.locator(':not([data-widget-pending])')).waitFor();
      await widget.getByRole('button', { name: 'Reset' }).click();
      await page.waitForTimeout(500);
      const floor = await record(browser, page, cdp, async () => {
        await widget.getByRole('button', { name: 'Play' }).click();
        await page.waitForTimeout(5_000);
        await widget.getByRole('button', { name: 'Pause' }).click();
      });
      const byId = new Map(floor.profile.nodes.map((n) => [n.id, n]));
      for (const n of floor.profile.nodes) for (const c of n.children ?? []) byId.get(c)!.parent = n.id;
      return report('floor playing', floor, Number(process.env.PROFILE_TOP ?? 3));
    }
    const play = page.locator('[data-action="play"]');
    const setup = await record(browser, page, cdp, async () => {
      await page.goto(`${server.url}/en/playground#${encodeState(largest)}`);
      await play.and(page.locator(':enabled')).waitFor({ timeout: 60_000 });
      await page.waitForTimeout(1_500);
    });
    const playing = await record(browser, page, cdp, async () => {
      await play.click();
      await page.waitForTimeout(5_000);
      await play.click();
    });
    for (const p of [setup.profile, playing.profile]) {
      const byId = new Map(p.nodes.map((n) => [n.id, n]));
      for (const n of p.nodes) for (const c of n.children ?? []) byId.get(c)!.parent = n.id;
    }
    report('setup', setup, Number(process.env.PROFILE_TOP ?? 3));
    report('playing', playing, Number(process.env.PROFILE_TOP ?? 3));
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
