// The throwaway app's page code, shared by its entries: shows elements with inline credentials (signed by the
// test, served beside the build as credentials.json), and reports what the test checks on window.report.
export async function show(tags) {
  const credentials = await (await fetch(new URL('./credentials.json', document.baseURI))).json();
  for (const tag of tags) {
    const element = document.createElement(tag);
    element.credential = tag === 'clr-transcript' ? credentials.clr : credentials.badge;
    document.body.append(element);
  }
  window.report = () => ({
    defined: ['credential-badge', 'clr-transcript', 'credential-verify'].filter((tag) => customElements.get(tag)),
    verification: Object.fromEntries(tags.map((tag) => [tag, document.querySelector(tag).getAttribute('verification')])),
    litCopies: (globalThis.litElementVersions ?? []).length,
  });
}
