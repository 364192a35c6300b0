import type { Browser, Page } from '@playwright/test';

type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string; data?: { message?: string } } };

/**
 * The page's main-thread tasks while `act` runs, from Chromium's trace: wall time and the
 * renderer's own CPU time. On a loaded machine a task's wall time also counts the time the OS
 * gave the core to others (tasks of 280 ms with 4 ms of CPU were measured with load average 24
 * on 2 cores; the training floor's frames, 5-8 ms of CPU, took 30-87 ms of wall time at load
 * 10), so a page's work is judged by its CPU time. Only tasks between two marks the page
 * makes count: starting and stopping the trace are tasks of their own (up to ~45 ms of CPU).
 */
export async function mainThreadTasks(browser: Browser, page: Page, act: () => Promise<void>) {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.evaluate(() => console.timeStamp('measure-from'));
  await act();
  await page.evaluate(() => console.timeStamp('measure-to'));
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const mark = (message: string) => traceEvents.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === message)?.ts;
  const [from, to] = [mark('measure-from'), mark('measure-to')];
  if (from === undefined || to === undefined) throw new Error('the trace has no marks from the page');
  const main = new Set(traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  return traceEvents
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`) && e.ts + (e.dur ?? 0) > from && e.ts < to)
    .map((e) => ({ wallMs: Math.round((e.dur ?? 0) / 1000), cpuMs: Math.round((e.tdur ?? 0) / 1000) }));
}
