/**
 * How the script-tag build defines its elements: each one's class loads when the first element of its tag appears in
 * the document (in the markup, or added later), and defines itself then, through elements/shared/define.ts. So a page
 * downloads only the elements it uses, and `customElements.get(tag)` is only ever the element's own class (undefined
 * until it has loaded; `customElements.whenDefined(tag)` waits for it). A tag some other copy of the package already
 * defined is left to it. Elements inside a shadow root of the page's own are not seen: `loadElements()` loads them all.
 *
 * Before a class has loaded, its element's markup already says what it will need: `start` begins that work (the
 * credential's request, the verifier worker) in the same task.
 */
export interface LazyElement {
  tag: string;
  /** Imports the module that defines the element. */
  load: () => Promise<unknown>;
  /** Begins, for an element seen before its class has loaded, what its markup says it will need. */
  start?: (element: Element) => void;
}

/** Elements already started (a page may load two script-tag entries: each sees every element). */
const started = new WeakSet<Element>();
const loads = new Map<string, Promise<unknown>>();

/** Loads (and so defines) an element's class, once; a failed load may be tried again. Never rejects. */
function load(lazy: LazyElement): Promise<unknown> {
  let loading = loads.get(lazy.tag);
  if (!loading) {
    loading = lazy.load().catch((error: unknown) => {
      loads.delete(lazy.tag);
      console.warn(`credential-elements: <${lazy.tag}> could not be loaded.`, error);
    });
    loads.set(lazy.tag, loading);
  }
  return loading;
}

export function defineOnFirstUse(elements: readonly LazyElement[]): void {
  // On a server (SSR frameworks import the package in Node) there is nothing to define.
  if (typeof document === 'undefined' || typeof customElements === 'undefined' || typeof MutationObserver === 'undefined') return;
  const waiting = new Map(elements.filter((lazy) => !customElements.get(lazy.tag)).map((lazy) => [lazy.tag, lazy]));
  if (!waiting.size) return;
  const visit = (element: Element) => {
    const lazy = waiting.get(element.localName);
    if (!lazy) return;
    if (!started.has(element)) {
      started.add(element);
      lazy.start?.(element);
    }
    void load(lazy).then(() => {
      if (!customElements.get(lazy.tag)) return; // not loaded: the next element tries again
      waiting.delete(lazy.tag);
      if (!waiting.size) observer.disconnect();
    });
  };
  const scan = (root: ParentNode) => {
    if (waiting.size) for (const element of root.querySelectorAll([...waiting.keys()].join(','))) visit(element);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        visit(node);
        if (node.firstElementChild) scan(node);
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  scan(document);
}

/** Loads and defines every element of `elements` now (for elements the page puts in shadow roots of its own). */
export function loadAll(elements: readonly LazyElement[]): Promise<void> {
  return Promise.all(elements.map(load)).then(() => undefined);
}
