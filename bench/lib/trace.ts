/**
 * The main thread's tasks of one page visit, from a Chromium trace: each task's wall time and its thread (CPU) time.
 * On a machine whose cores other work shares, a task's wall time includes the time the thread waited for a core;
 * its thread time is the work the page itself did. The bench prints both, so a figure inflated by load reads as such.
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';

export interface TracedTasks {
  /** The task with the longest wall time: its wall and thread time. */
  longestWallMs: number;
  longestWallCpuMs: number;
  /** The longest thread time of any task. */
  longestCpuMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string } };
}

const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/** Visits `url` in a fresh browser context under a trace, until the page sets `window[done]`, and reads its tasks. */
export async function traceVisit(browser: Browser, url: string, done: string, timeoutMs = 300_000): Promise<TracedTasks> {
  const file = join(tmpdir(), `credential-elements-bench-${process.pid}-${Date.now()}.json`);
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.tracing.start({ path: file, categories: ['toplevel', 'devtools.timeline'] });
    await page.goto(url);
    await page.waitForFunction((name) => (window as unknown as Record<string, unknown>)[name], { timeout: timeoutMs, polling: 50 }, done);
    await page.tracing.stop();
    return tasksOf(JSON.parse(readFileSync(file, 'utf8')).traceEvents as TraceEvent[], url);
  } finally {
    await context.close();
    rmSync(file, { force: true });
  }
}

function tasksOf(events: TraceEvent[], url: string): TracedTasks {
  // The page's renderer: the process whose main thread parsed the page's HTML.
  const mains = new Set(events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`));
  const parsed = events.find((event) => event.name === 'ParseHTML' && mains.has(`${event.pid}:${event.tid}`) && (event.args as { beginData?: { url?: string } })?.beginData?.url === url);
  const tasks = events.filter(
    (event) => event.ph === 'X' && TASK_NAMES.has(event.name) && mains.has(`${event.pid}:${event.tid}`) && (!parsed || event.pid === parsed.pid),
  );
  const longest = tasks.reduce<TraceEvent | undefined>((max, task) => ((task.dur ?? 0) > (max?.dur ?? -1) ? task : max), undefined);
  return {
    longestWallMs: (longest?.dur ?? 0) / 1000,
    longestWallCpuMs: (longest?.tdur ?? 0) / 1000,
    longestCpuMs: Math.max(0, ...tasks.map((task) => task.tdur ?? 0)) / 1000,
  };
}
