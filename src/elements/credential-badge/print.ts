/**
 * "Save as PDF": the browser's own print dialog (where Save as PDF is), printing one certificate alone, on one page
 * the size of the certificate. While that print lasts, every tree the certificate sits in (the document, and any
 * shadow root between, through slots too) adopts a constructed stylesheet that hides everything but the path down
 * to the certificate and takes the margins off that path; the document's sheet adds `@page { size; margin: 0 }`
 * (`@page` applies only from the document's sheets). Constructed sheets need no `style-src` exception; the marks are
 * two data attributes, removed with the sheets after printing. A print from the page's own menu prints the page.
 */
import type { SheetSize } from './fit.js';

/** On the element being printed. Its own styles (credential-badge.styles.ts) print the certificate alone, unscaled. */
export const PRINTING = 'data-credential-print';
/** On each element of the flat tree above it. */
const PATH = 'data-credential-print-path';

const RESET = `margin: 0 !important; padding: 0 !important; border: 0 !important; position: static !important; float: none !important;
  inset: auto !important; translate: none !important; transform: none !important; scale: none !important; rotate: none !important;
  width: auto !important; min-width: 0 !important; max-width: none !important; height: auto !important; min-height: 0 !important;
  max-height: none !important; overflow: visible !important; contain: none !important; background: none !important; box-shadow: none !important;
  outline: none !important; columns: auto !important; break-before: auto !important; break-after: auto !important;`;

/** The rules for one tree: only the path and the certificate show, with nothing around them. */
function treeRules(size: SheetSize): string {
  return `@media print {
  :not([${PATH}], [${PRINTING}]) { display: none !important; }
  [${PATH}] { display: block !important; ${RESET} }
  slot[${PATH}] { display: contents !important; }
  [${PRINTING}] { display: block !important; ${RESET} width: ${size.width}px !important; }
}`;
}

/** The document's own rules: the page is the certificate's size, with no margin. */
function pageRule(size: SheetSize): string {
  return `@page { size: ${size.width}px ${size.height}px; margin: 0; }`;
}

/** The element's ancestors in the flat tree (the tree as rendered: through assigned slots and shadow hosts). */
function flatAncestors(element: Element): Element[] {
  const path: Element[] = [];
  let node: Node | null = element;
  while (node) {
    const parent: Node | null = (node as Element).assignedSlot ?? node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
    if (node instanceof Element) path.push(node);
    else break;
  }
  return path;
}

type Tree = Document | ShadowRoot;

function adopt(tree: Tree, sheet: CSSStyleSheet): void {
  tree.adoptedStyleSheets = [...tree.adoptedStyleSheets.filter((item) => item !== sheet), sheet];
}

/**
 * Prepares the page to print `element`'s certificate alone, of `size`; returns what undoes it. The document's sheet
 * is put last again at `beforeprint`, after any sheet another element adds then (a transcript's running header).
 */
export function preparePrint(element: HTMLElement, size: SheetSize): () => void {
  const path = flatAncestors(element);
  const trees = new Set<Tree>([element.getRootNode() as Tree, ...path.map((node) => node.getRootNode() as Tree)]);
  const doc = element.ownerDocument;
  const rules = treeRules(size);
  const sheets = new Map<Tree, CSSStyleSheet>();
  for (const tree of trees) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(tree === doc ? `${pageRule(size)}\n${rules}` : rules);
    sheets.set(tree, sheet);
    adopt(tree, sheet);
  }
  for (const node of path) node.setAttribute(PATH, '');
  element.setAttribute(PRINTING, '');
  const last = () => adopt(doc, sheets.get(doc)!);
  const win = doc.defaultView;
  win?.addEventListener('beforeprint', last);
  return () => {
    win?.removeEventListener('beforeprint', last);
    for (const [tree, sheet] of sheets) tree.adoptedStyleSheets = tree.adoptedStyleSheets.filter((item) => item !== sheet);
    for (const node of path) node.removeAttribute(PATH);
    element.removeAttribute(PRINTING);
  };
}

/**
 * Opens the print dialog for `element`'s certificate alone. The page is put back at `afterprint` (which every
 * browser fires when its dialog closes, whether it printed or not).
 */
export function printCertificate(element: HTMLElement, size: SheetSize): void {
  const win = element.ownerDocument.defaultView;
  if (!win) return;
  const undo = preparePrint(element, size);
  win.addEventListener('afterprint', undo, { once: true });
  win.print();
}
