/**
 * Blocks a template's placeholders left empty: "This certifies that {{recipient.name}}" must not print a hole. When
 * a text node held placeholders that all resolved to nothing (and no other text), the nearest enclosing `p`, `li`,
 * `td`, `h1`–`h6` or `div` is removed, provided nothing in it shows: no other text, no image, SVG or MathML.
 *
 * Runs on the sanitized tree (sanitize-html.ts), after the text is filled. What it decides depends only on whether
 * each placeholder is empty, never on a value, so a template learns nothing of the credential through it that the
 * empty text would not already show. One pass over the tree, then one look per emptied placeholder.
 */

const BLOCKS = new Set(['p', 'li', 'td', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div']);
/** Elements that show something without text. */
const SHOWS = new Set(['img', 'svg', 'math', 'hr', 'picture', 'video', 'audio', 'canvas', 'object', 'embed', 'iframe']);
const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * Removes, from `fragment`, the nearest block around each of `emptied` (text nodes whose placeholders all resolved
 * empty) that shows nothing else. Returns the tag names of the blocks removed, in document order.
 */
export function removeEmptiedBlocks(fragment: DocumentFragment, emptied: readonly Text[], win: Window & typeof globalThis): string[] {
  if (emptied.length === 0) return [];
  // Elements with something to show somewhere inside: marked once each, from each shown thing up to the fragment.
  const shows = new WeakSet<Node>();
  const mark = (from: Node | null) => {
    for (let node = from; node && node !== fragment && !shows.has(node); node = node.parentNode) shows.add(node);
  };
  const walker = fragment.ownerDocument.createTreeWalker(fragment, win.NodeFilter.SHOW_ELEMENT | win.NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      if (/\S/.test((node as Text).data)) mark(node.parentNode);
    } else if (SHOWS.has((node as Element).localName)) {
      mark(node);
    }
  }
  const removed: string[] = [];
  for (const text of emptied) {
    if (text.getRootNode() !== fragment) continue; // inside a block removed already
    let block = text.parentElement;
    while (block && !(block.namespaceURI === HTML_NS && BLOCKS.has(block.localName))) block = block.parentElement;
    if (!block || shows.has(block)) continue;
    removed.push(block.localName);
    block.remove();
  }
  return removed;
}
