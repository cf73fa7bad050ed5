/**
 * A printed transcript's running header and page numbers. `@page` rules apply only from the document's own style
 * sheets (never from a shadow root's), so while the page prints, a constructed sheet on the document adds them, in
 * `@page` margin boxes: the record's header at the top of every page, "Page 2 of 3" at the bottom. Constructed
 * sheets need no `style-src` exception in a Content-Security-Policy. One record's header at a time: the transcript
 * whose Print button was pressed, else the first on the page.
 */

export interface PrintHeader {
  /** The running header: the institution at the inline start of the page, the learner at its end. */
  header: readonly [start: string, end: string];
  /** "Page {page} of {pages}" in the element's language, split around the two numbers. */
  pageLabel: readonly [before: string, between: string, after: string];
  /** The record's direction: right to left, the institution is on the right and the page numbers on the left. */
  direction?: 'ltr' | 'rtl';
  /** The CSS counter style of the page numbers, in the language's digits (`arabic-indic`); default `decimal`. */
  digits?: string;
}

type HeaderSource = { printHeader(): PrintHeader | undefined; isConnected: boolean };

const MAX_HEADER = 200;
const sources = new Set<HeaderSource>();
let chosen: HeaderSource | undefined;
let sheet: CSSStyleSheet | undefined;

/** A CSS string: quoted, with quotes, backslashes and control characters escaped, and capped in length. */
export function cssString(text: string): string {
  const capped = text.length > MAX_HEADER ? `${text.slice(0, MAX_HEADER - 1)}…` : text;
  return `"${capped.replace(/[\\"]/g, '\\$&').replace(/[\u0000-\u001f\u007f]/g, ' ')}"`;
}

/** The `@page` rule for a header. */
export function pageRule({ header: [start, end], pageLabel: [before, between, after], direction = 'ltr', digits = 'decimal' }: PrintHeader): string {
  const box = 'font: 9pt system-ui, sans-serif; color: #333;';
  const [left, right] = direction === 'rtl' ? [end, start] : [start, end];
  const counter = /^[a-z-]+$/.test(digits) ? digits : 'decimal';
  return `@page {
  margin: 18mm 16mm;
  @top-left { content: ${cssString(left)}; ${box} }
  @top-right { content: ${cssString(right)}; ${box} }
  @bottom-${direction === 'rtl' ? 'left' : 'right'} { content: ${cssString(before)} counter(page, ${counter}) ${cssString(between)} counter(pages, ${counter}) ${cssString(after)}; ${box} }
}`;
}

function install(): void {
  const source = chosen?.isConnected ? chosen : [...sources].find((candidate) => candidate.isConnected);
  const header = source?.printHeader();
  if (!header || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
  sheet ??= new CSSStyleSheet();
  try {
    sheet.replaceSync(pageRule(header));
  } catch {
    return; // a browser that can't parse margin boxes prints without them
  }
  if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

function uninstall(): void {
  chosen = undefined;
  if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((item) => item !== sheet);
}

/** Takes part in printing while connected (the page may print from its own menu). */
export function watchPrinting(source: HeaderSource): () => void {
  if (!sources.size) {
    window.addEventListener('beforeprint', install);
    window.addEventListener('afterprint', uninstall);
  }
  sources.add(source);
  return () => {
    sources.delete(source);
    if (chosen === source) chosen = undefined;
    if (!sources.size) {
      window.removeEventListener('beforeprint', install);
      window.removeEventListener('afterprint', uninstall);
    }
  };
}

/** Prints the page with this record's header and page numbers. */
export function printRecord(source: HeaderSource): void {
  chosen = source;
  install();
  window.print();
}
