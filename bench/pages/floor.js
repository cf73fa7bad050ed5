// The floor of the `pages` section: fetch each credential and write its name (a transcript's: each nested
// credential's), with no verification at all. What no verifier can remove from a visitor's wait.
const names = (credential) => {
  const nested = credential.credentialSubject?.verifiableCredential;
  return Array.isArray(nested) ? nested.map((entry) => entry.name ?? entry.credentialSubject?.achievement?.name) : [credential.name];
};

for (const element of document.querySelectorAll('[data-src]')) {
  void (async () => {
    const credential = await (await fetch(element.dataset.src)).json();
    const list = document.createElement('ul');
    for (const name of names(credential)) list.append(Object.assign(document.createElement('li'), { textContent: name }));
    element.append(list);
    window.benchMark(true);
  })().catch(() => window.benchMark(false));
}
