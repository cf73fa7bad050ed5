// A same-origin iframe (srcdoc) whose document sets a Content-Security-Policy in a <meta>, runs `body` as an
// inline module and reports back: the value `body` leaves in `report.result`, and every
// securitypolicyviolation event. With img-src/font-src limited to 'self', a violation is the trace of a
// load the renderer let through, caught before anything leaves the machine.
export interface MetaFrameReport {
  ok: boolean;
  error?: string;
  result?: unknown;
  violations: string[];
}

export function runInMetaFrame(csp: string, body: string, size = { width: 1000, height: 3000 }): Promise<MetaFrameReport> {
  const script = `
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.blockedURI));
const report = {};
try {
  ${body}
  report.ok = true;
} catch (error) {
  report.ok = false;
  report.error = String(error && error.stack || error);
}
document.body.getBoundingClientRect();
await new Promise((r) => setTimeout(r, 300));
report.violations = violations.slice();
parent.postMessage({ metaFrameReport: report }, '*');`;
  const doc = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${csp}"></head><body><script type="module">${script}</script></body></html>`;
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = `width: ${size.width}px; height: ${size.height}px; border: 0`;
    const timer = setTimeout(() => reject(new Error('the frame did not report')), 30000);
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || !event.data?.metaFrameReport) return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(event.data.metaFrameReport as MetaFrameReport);
    };
    window.addEventListener('message', onMessage);
    frame.srcdoc = doc;
    document.body.append(frame);
  });
}
