// Shared by the benchmark pages: long-task accounting and the run protocol the runner drives.
export const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => ({ start: entry.startTime, duration: entry.duration })))).observe({ type: 'longtask', buffered: true });

/** Longest task and total blocking time (the part of each long task over 50 ms) between two instants. */
export function blocking(from, to) {
  const tasks = longTasks.filter((task) => task.start + task.duration > from && task.start < to);
  return {
    longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
    totalBlockingMs: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
  };
}

export async function loadDocument() {
  const name = new URLSearchParams(location.search).get('doc');
  return (await fetch(`/bench-data/${name}.json`)).json();
}

/** Runs `verify(doc)` now (cold: the page's first verification) and exposes a warm re-run for the runner. */
export async function drive(verify) {
  const doc = await loadDocument();
  // (The document is fetched inside the cold measurement for both pages alike.)
  window.benchWarm = async (round) => measure((onFirst) => verify(doc, round)(onFirst), performance.now());
  // Cold: measured from the moment the page's HTML has arrived, so loading every script (and, for the project, its
  // worker) counts, but not the browser's own start-up of a fresh page, which is the same for both.
  const htmlArrived = performance.getEntriesByType('navigation')[0]?.responseEnd ?? 0;
  window.benchCold = await measure((onFirst) => verify(doc, 0)(onFirst), htmlArrived);
}

async function measure(run, start) {
  let firstResultMs;
  const called = performance.now();
  const result = await run((elapsed) => (firstResultMs ??= elapsed - start));
  const end = performance.now();
  // Let the observer deliver the last long task before reading.
  await new Promise((resolve) => setTimeout(resolve, 50));
  // callMs: the verification alone (scripts loaded, document in hand), from the call to its result.
  return { ms: end - start, callMs: end - called, firstResultMs: firstResultMs ?? end - start, verified: result.verified, ...blocking(start, end) };
}
