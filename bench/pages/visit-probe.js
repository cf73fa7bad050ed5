// Inlined at the top of each page of the `pages` section, before anything else runs: it records long tasks and counts
// credentials as they are done, and when all `expected` are, sets window.benchDone (times from navigation start).
// The project's elements are counted by their events; the floor and plain pages call window.benchMark themselves.
(() => {
  const expected = Number(document.documentElement.dataset.expected);
  const tasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  let done = 0;
  let verified = 0;
  let firstMs;
  const firstStart = (pattern) => {
    const entries = performance.getEntriesByType('resource').filter((entry) => pattern.test(entry.name));
    return entries.length ? Math.min(...entries.map((entry) => entry.startTime)) : undefined;
  };
  const finish = () => {
    const end = performance.now();
    // Let the observer deliver the last long task before reading.
    setTimeout(() => {
      const during = tasks.filter((task) => task.start < end);
      window.benchDone = {
        ms: end,
        firstMs,
        count: done,
        verified,
        longestTaskMs: Math.max(0, ...during.map((task) => task.duration)),
        totalBlockingMs: during.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
        // When the first credential request left, and the worker's script was asked for.
        requestMs: firstStart(/\/bench-data\//),
        workerMs: firstStart(/\/assets\/worker-[^/]*\.js/),
        scriptsMs: Math.max(0, ...performance.getEntriesByType('resource').filter((entry) => entry.initiatorType === 'script' || /\.js($|\?)/.test(entry.name)).map((entry) => entry.responseEnd)),
      };
    }, 100);
  };
  window.benchMark = (ok) => {
    done++;
    if (ok) verified++;
    firstMs ??= performance.now();
    if (done === expected) finish();
  };
  const outcome = (status) => status === 'verified' || status === 'warning';
  document.addEventListener('credential-verified', (event) => window.benchMark(outcome(event.detail?.status)));
  document.addEventListener('credential-error', () => window.benchMark(false));
})();
