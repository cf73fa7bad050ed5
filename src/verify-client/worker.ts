/// <reference lib="webworker" />
/** The verification worker: runs the engine off the page's main thread, one job at a time per worker. */
import { verifyCredential } from '../verify/index.js';
import type { FromWorker, ToWorker } from './protocol.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const running = new Map<number, AbortController>();

scope.addEventListener('message', async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'cancel') {
    running.get(message.id)?.abort();
    return;
  }
  const controller = new AbortController();
  running.set(message.id, controller);
  const post = (reply: FromWorker) => scope.postMessage(reply);
  const report = await verifyCredential(message.input, {
    ...message.options,
    signal: controller.signal,
    onProgress: message.progress ? ({ done, total, report: child }) => post({ type: 'progress', id: message.id, done, total, report: child }) : undefined,
  });
  running.delete(message.id);
  post({ type: 'result', id: message.id, report });
});
