/// <reference lib="webworker" />
/**
 * The verification worker: runs the engine off the page's main thread. A batch is verified a few credentials at a
 * time (their network look-ups overlap; the engine's caches of contexts, keys and status lists serve them all).
 */
import { verifyCredential } from '../verify/index.js';
import type { FromWorker, ToWorker } from './protocol.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const running = new Map<number, AbortController>();
/** Credentials of one batch verified at once: enough to overlap look-ups, few enough to answer the first ones soon. */
const BATCH_LANES = 3;

// Warm up while the page is still fetching its credential: process the contexts nearly every badge uses (VC 2.0
// and Open Badges 3.0.3, with their type-scoped contexts) and build the schema validators, so the first real
// verification starts with jsonld's caches full. Only when no job comes first: a job does the same work itself,
// and should not queue behind a rehearsal. The skeleton is unsigned; its report is thrown away.
const WARM_UP_AFTER_MS = 30;
const warmUp = setTimeout(() => {
  void verifyCredential(
    {
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'did:example:warm-up', type: ['Profile'], name: 'warm-up' },
      validFrom: '2024-01-01T00:00:00Z',
      credentialSubject: { type: ['AchievementSubject'], achievement: { id: 'urn:example:warm-up', type: ['Achievement'], name: 'warm-up', criteria: { narrative: 'warm-up' } } },
      proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod', verificationMethod: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK', proofValue: 'z1' },
    },
    { network: false },
  );
}, WARM_UP_AFTER_MS);

scope.addEventListener('message', async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  clearTimeout(warmUp);
  if (message.type === 'cancel') {
    running.get(message.id)?.abort();
    return;
  }
  const controller = new AbortController();
  running.set(message.id, controller);
  const post = (reply: FromWorker) => scope.postMessage(reply);
  if (message.type === 'verify-batch') {
    const { id, inputs, options } = message;
    let next = 0;
    const lane = async () => {
      while (next < inputs.length) {
        const index = next++;
        post({ type: 'item', id, index, report: await verifyCredential(inputs[index], { ...options, signal: controller.signal }) });
      }
    };
    await Promise.all(Array.from({ length: Math.min(BATCH_LANES, inputs.length) }, lane));
    running.delete(id);
    post({ type: 'batch-done', id });
    return;
  }
  const report = await verifyCredential(message.input, {
    ...message.options,
    signal: controller.signal,
    onProgress: message.progress ? ({ done, total, report: child }) => post({ type: 'progress', id: message.id, done, total, report: child }) : undefined,
  });
  running.delete(message.id);
  post({ type: 'result', id: message.id, report });
});
