// npm run bench:playground: how soon the largest legal dog setup of the playground is ready
// (Play enabled) and how long the page's main thread is blocked meanwhile and while it plays,
// in Chromium against the production build (run `npm run build` first). The setup is the one
// tests/browser/playground-perf.spec.ts opens; that test bounds tasks, this prints the figures.
//
// Each run is a reader's second visit: a fresh profile opens /en/playground (the service worker
// installs, the scripts are cached), then a new tab opens the link. The main thread's tasks are
// judged by their CPU time in Chromium's trace (the machine's other load does not count), and the
// longest by wall time too (the page's own PerformanceObserver long-task entries).
//
// A/B: PLAYGROUND_B=/path/to/a/built/copy serves that build beside this one (PLAYGROUND_A,
// default here) and alternates runs A B B A A B…, so both see the same load on the machine.
// PLAYGROUND_RUNS runs per build (default 7); PLAYGROUND_PORT the first port (default 3530).
import { chromium, type Browser, type Page } from '@playwright/test';
import { encodeState } from '../lib/playground/codec';
import { chromiumLaunch } from '../playwright.config';
import { serveBuild } from '../scripts/serve-build.mjs';
import { largest } from './largest';
import { median } from './measure';

const PLAY_MS = 5_000;
const SETTLE_MS = 1_000;

/** What the page records about itself (RECORDER). */
interface PageRecord {
  /** ms from navigation: the trainer worker created, its first answer, Play enabled */
  worker: number | null;
  answer: number | null;
  ready: number | null;
  /** long tasks as [start, duration] in ms from navigation */
  tasks: [number, number][];
}

/** Runs in the page before its first script (a string: a bundler's helpers are not there). */
const RECORDER = `(() => {
  const record = { worker: null, answer: null, ready: null, tasks: [] };
  window.__bench = record;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) record.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const Base = window.Worker;
  window.Worker = class extends Base {
    constructor(url, options) {
      super(url, options);
      if (record.worker === null) record.worker = performance.now();
      this.addEventListener('message', () => { if (record.answer === null) record.answer = performance.now(); });
    }
  };
  const watch = new MutationObserver(() => {
    const play = document.querySelector('[data-action="play"]');
    if (record.ready === null && play && !play.disabled) {
      record.ready = performance.now();
      watch.disconnect();
    }
  });
  watch.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
})();`;

interface Figures {
  /** ms from navigation to Play enabled */
  ready: number;
  /** ms from navigation to the trainer worker's creation, from then to its first answer, and from that to ready */
  start: number;
  worker: number;
  draw: number;
  /** CPU ms of the worker's longest task (building the run) */
  workerCpu: number;
  /** the page's main thread from navigation to SETTLE_MS after ready: its longest task and all its tasks, CPU ms */
  setupMax: number;
  setupSum: number;
  /** the main thread's longest task while playing PLAY_MS: CPU ms (trace) and wall ms (long-task entries) */
  playMax: number;
  playWall: number;
  /** training steps taken while playing */
  steps: number;
}

type TraceEvent = { name: string; ph: string; pid: number; tid: number; dur?: number; tdur?: number; args?: { name?: string } };

/**
 * CPU ms of each task of the threads named `thread` in Chromium's trace of `act`. On a loaded
 * machine a task's wall time also counts the time others had the core, so tasks are judged by
 * their own CPU time (as tests/browser/playground-perf.spec.ts does).
 */
async function cpuTasks(browser: Browser, page: Page, act: () => Promise<void>): Promise<Record<'main' | 'worker', number[]>> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await act();
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const threads = (name: string) => new Set(traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === name).map((e) => `${e.pid}:${e.tid}`));
  const tasks = (ids: Set<string>) => traceEvents
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && ids.has(`${e.pid}:${e.tid}`))
    .map((e) => (e.tdur ?? 0) / 1000);
  return { main: tasks(threads('CrRendererMain')), worker: tasks(threads('DedicatedWorker thread')) };
}

const bench = (page: Page) => page.evaluate(() => (window as unknown as { __bench: PageRecord }).__bench);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

async function once(browser: Browser, base: string, link: string): Promise<Figures> {
  const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 1280, height: 900 } });
  try {
    const first = await context.newPage();
    await first.goto(`${base}/en/playground`);
    await first.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await first.locator('[data-action="play"]:enabled').waitFor({ timeout: 30_000 });
    await first.close();

    const page = await context.newPage();
    await page.addInitScript({ content: RECORDER });
    const setup = await cpuTasks(browser, page, async () => {
      await page.goto(link);
      await page.waitForFunction(() => (window as unknown as { __bench: PageRecord }).__bench.ready !== null, null, { timeout: 60_000 });
      await page.waitForTimeout(SETTLE_MS);
    });
    const play = page.locator('[data-action="play"]');
    const playFrom = await page.evaluate(() => performance.now());
    const playing = await cpuTasks(browser, page, async () => {
      await play.click();
      await page.waitForTimeout(PLAY_MS);
      await play.click();
    });
    const record = await bench(page);
    const steps = Number(await page.locator('[data-counter="step"] dd').textContent());
    const ready = record.ready!;
    return {
      ready,
      start: record.worker ?? NaN,
      worker: record.answer !== null && record.worker !== null ? record.answer - record.worker : NaN,
      draw: record.answer !== null ? ready - record.answer : NaN,
      workerCpu: Math.max(0, ...setup.worker),
      setupMax: Math.max(0, ...setup.main),
      setupSum: sum(setup.main),
      playMax: Math.max(0, ...playing.main),
      playWall: Math.max(0, ...record.tasks.filter(([start]) => start >= playFrom).map(([, d]) => d)),
      steps,
    };
  } finally {
    await context.close();
  }
}

const ms = (v: number) => v.toFixed(0);
const fmt = (f: Figures) =>
  `ready ${ms(f.ready)} ms (worker made at ${ms(f.start)}, answers ${ms(f.worker)} later [its task: ${ms(f.workerCpu)} ms CPU], drawn ${ms(f.draw)} later); ` +
  `main thread to ready + 1 s: longest task ${ms(f.setupMax)} ms CPU, all ${ms(f.setupSum)} ms CPU; ` +
  `playing: longest task ${ms(f.playMax)} ms CPU (${ms(f.playWall)} ms wall), ${f.steps} steps`;

async function main() {
  const runs = Math.max(1, Number(process.env.PLAYGROUND_RUNS ?? 7));
  const port = Number(process.env.PLAYGROUND_PORT ?? 3530);
  const builds: [string, string][] = [['A', process.env.PLAYGROUND_A ?? '.'], ...(process.env.PLAYGROUND_B ? [['B', process.env.PLAYGROUND_B] as [string, string]] : [])];
  const hash = encodeState(largest);
  console.log(`/en/playground#${hash}`);
  const servers = await Promise.all(builds.map(([, dir], i) => serveBuild(port + i, dir)));
  const browser = await chromium.launch(chromiumLaunch);
  const results = builds.map(() => [] as Figures[]);
  try {
    for (let r = 0; r < runs; r++) {
      // A B, then B A: each build goes first as often as the other
      const order = builds.map((_, i) => i);
      if (r % 2) order.reverse();
      for (const i of order) {
        const figures = await once(browser, servers[i]!.url, `${servers[i]!.url}/en/playground#${hash}`);
        results[i]!.push(figures);
        console.log(`${builds[i]![0]} run ${r + 1}: ${fmt(figures)}`);
      }
    }
  } finally {
    await browser.close();
    servers.forEach((s) => s.stop());
  }
  console.log(`\nmedians of ${runs} runs each:`);
  builds.forEach(([name, dir], i) => {
    const list = results[i]!;
    const m = (key: keyof Figures) => median(list.map((f) => f[key]));
    const medians = Object.fromEntries(Object.keys(list[0]!).map((key) => [key, m(key as keyof Figures)])) as unknown as Figures;
    console.log(`${name} (${dir}): ${fmt(medians)}`);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
