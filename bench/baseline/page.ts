// The plain page of the `pages` section: a site that bundles the plain stack (bench/baseline/entry.ts) into one script
// and verifies on the main thread. Each credential is fetched and its name (a transcript's: each nested credential's)
// written, as the floor page does; then it is verified, the CLR and each nested credential, one after another.
import { verifyPlain } from './entry.js';

type Json = Record<string, any>;
const mark = (ok: boolean) => (window as unknown as { benchMark: (ok: boolean) => void }).benchMark(ok);

function names(credential: Json): string[] {
  const nested = credential.credentialSubject?.verifiableCredential;
  return Array.isArray(nested) ? nested.map((entry: Json) => entry.name ?? entry.credentialSubject?.achievement?.name) : [credential.name];
}

for (const element of document.querySelectorAll<HTMLElement>('[data-src]')) {
  void (async () => {
    const credential = (await (await fetch(element.dataset.src!)).json()) as Json;
    const list = document.createElement('ul');
    for (const name of names(credential)) list.append(Object.assign(document.createElement('li'), { textContent: name }));
    element.append(list);
    const { verified } = await verifyPlain(credential, new Date().toISOString());
    element.dataset.verified = String(verified);
    mark(verified);
  })().catch(() => mark(false));
}
