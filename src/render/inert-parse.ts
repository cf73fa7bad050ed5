/**
 * Parses untrusted template HTML into inert nodes without tripping the page's Content Security Policy.
 *
 * In Chromium every way a page can parse HTML (DOMParser, createHTMLDocument, a <template>, the
 * Sanitizer API) parses in a document that shares the page's policy: a `style` attribute is checked
 * (style-src-attr) the moment the parser sets it, and a parsed document processes <style>
 * (style-src-elem) and <base> (base-uri); each blocked one is a report to the school's endpoint
 * (test/render/csp.browser.test.ts shows it). So the browser's own parser is used, in two steps that keep
 * it from ever meeting those:
 * 1. the markup is parsed into a <template>'s content: a document with no browsing context, which
 *    processes nothing (no <style>, <base>, <meta> or <link>, no request, no script);
 * 2. before that, every "style" in the text, in any case, gets a marker character inside it
 *    (`s\uFDD0tyle`). An attribute name is made of the literal characters of the source (character
 *    references do not apply to names, and the tokenizer only lowercases ASCII), so no attribute named
 *    style can come out of the parser. The rewrite needs no tokenizer: it applies everywhere, and the
 *    marker is taken out again wherever it can have landed (element and attribute names, attribute
 *    values, text, comments). No attribute named style is ever set: style attributes are handed back
 *    for inline-style.ts to vet and apply through the CSSOM.
 * The one difference from a plain parse: a <style> element's text is parsed as markup, not raw text;
 * the sanitizer removes it with all it holds (CSS comes through the template's stylesheet).
 */
import { CredentialError } from '../errors.js';
import type { TrustedHTMLPolicy } from '../trusted-types.js';
import type { RemovedItem } from './types.js';

/**
 * Most elements a template may have (a certificate has a few hundred). Counted on the text before it
 * is parsed too (every "<" followed by a letter), because the parser's own work grows with the square
 * of the nesting depth: 10,000 unclosed tags take it about half a second, 100,000 a minute.
 */
export const MAX_ELEMENTS = 10_000;
const START_TAG = /<[A-Za-z]/g;

function tooManyElements(): CredentialError {
  return new CredentialError('TEMPLATE_REJECTED', `The certificate template has more than ${MAX_ELEMENTS} elements.`);
}

/** Whether `html` has more than `max` start tags, counted without parsing (an upper bound on what the tokenizer can open). */
function overTagLimit(html: string, max: number): boolean {
  START_TAG.lastIndex = 0;
  let count = 0;
  while (START_TAG.exec(html)) if (++count > max) return true;
  return false;
}

/** A noncharacter: "for internal use", never meaningful in a document. */
const MARK = '\uFDD0';
const MARKS = /\uFDD0/g;
const STYLE = /style/gi;

export interface InertParse {
  /** A <div> (in the template's inert document) holding the parsed nodes. */
  root: HTMLElement;
  /** The style attributes, by element: never set as attributes. */
  styles: Map<Element, string>;
  removed: RemovedItem[];
}

/** Puts the marker inside every "style"; a marker already in the text becomes U+FFFD. */
export function markStyle(html: string): string {
  return html.replace(MARKS, '\uFFFD').replace(STYLE, (word) => word[0] + MARK + word.slice(1));
}

const unmark = (text: string): string => (text.includes(MARK) ? text.replace(MARKS, '') : text);

// Read through the prototypes: a clobbering control (<form><input name="attributes">) cannot shadow them.
const getter = <T>(proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)!.get! as (this: Node) => T;
const nodeTypeOf = getter<number>(Node.prototype, 'nodeType');
const localNameOf = getter<string>(Element.prototype, 'localName');
const namespaceOf = getter<string | null>(Element.prototype, 'namespaceURI');
const attributesOf = getter<NamedNodeMap>(Element.prototype, 'attributes');
const parentOf = getter<Node | null>(Node.prototype, 'parentNode');
const firstChildOf = getter<Node | null>(Node.prototype, 'firstChild');
const dataOf = Object.getOwnPropertyDescriptor(CharacterData.prototype, 'data')!;
const { hasAttribute, removeAttributeNode, setAttributeNode, setAttributeNS } = Element.prototype;
const { appendChild, insertBefore, removeChild } = Node.prototype;

/** Setting these would be a Trusted Types sink (event handlers; script and frame sources): never restored. */
function isSinkAttribute(tag: string, name: string): boolean {
  return name.startsWith('on') || tag === 'script' || tag === 'iframe';
}

function restoreAttributes(element: Element, styles: Map<Element, string>, removed: RemovedItem[]): void {
  const tag = unmark(localNameOf.call(element));
  for (const attr of Array.from(attributesOf.call(element))) {
    if (!attr.name.includes(MARK) && !attr.value.includes(MARK)) continue;
    const name = unmark(attr.name);
    const value = unmark(attr.value);
    if (name === 'style' && attr.namespaceURI === null) {
      removeAttributeNode.call(element, attr);
      styles.set(element, value);
      continue;
    }
    if (isSinkAttribute(tag, name)) {
      removeAttributeNode.call(element, attr);
      removed.push({ kind: 'attribute', name: `${name} on <${tag}>`, reason: 'not allowed by the HTML policy' });
      continue;
    }
    if (name === attr.name) {
      attr.value = value;
      continue;
    }
    removeAttributeNode.call(element, attr);
    try {
      setAttributeNS.call(element, attr.namespaceURI, attr.prefix ? `${attr.prefix}:${name}` : name, value);
    } catch {
      removed.push({ kind: 'attribute', name: `${name} on <${tag}>`, reason: 'not a valid attribute name' });
    }
  }
}

/** Puts an element's children in its place (`replacement` or nowhere) and removes it. */
function replaceKeepingChildren(element: Element, replacement: Element | null): void {
  const parent = parentOf.call(element)!;
  for (let child = firstChildOf.call(element); child; child = firstChildOf.call(element)) {
    if (replacement) appendChild.call(replacement, child);
    else insertBefore.call(parent, child, element);
  }
  if (replacement) insertBefore.call(parent, replacement, element);
  removeChild.call(parent, element);
}

/** Replaces an element whose name held the marker by one of the restored name, with its attributes and children. */
function restoreName(doc: Document, element: Element, styles: Map<Element, string>, removed: RemovedItem[]): void {
  const name = unmark(localNameOf.call(element));
  let replacement: Element | null = null;
  try {
    replacement = doc.createElementNS(namespaceOf.call(element), name);
  } catch {
    removed.push({ kind: 'element', name: `<${name}>`, reason: 'not a valid element name' });
  }
  if (replacement) {
    for (const attr of Array.from(attributesOf.call(element))) {
      removeAttributeNode.call(element, attr);
      if (!isSinkAttribute(name, attr.name)) setAttributeNode.call(replacement, attr);
    }
    const style = styles.get(element);
    if (style !== undefined) {
      styles.delete(element);
      styles.set(replacement, style);
    }
  }
  replaceKeepingChildren(element, replacement);
}

/**
 * Parses `html` into the content of a <template> of `win`'s document, as described above. Throws
 * CredentialError `TEMPLATE_REJECTED` for more than MAX_ELEMENTS elements.
 */
export function parseInert(html: string, win: Window & typeof globalThis, policy: TrustedHTMLPolicy | null): InertParse {
  if (overTagLimit(html, MAX_ELEMENTS)) throw tooManyElements();
  const template = win.document.createElement('template');
  const marked = markStyle(html);
  template.innerHTML = (policy ? policy.createHTML(marked) : marked) as string;
  const doc = template.content.ownerDocument;
  const root = doc.createElement('div');
  root.append(template.content);

  const styles = new Map<Element, string>();
  const removed: RemovedItem[] = [];
  const renamed: Element[] = [];
  const customized: Element[] = [];
  let elements = 0;
  const walker = doc.createTreeWalker(root, win.NodeFilter.SHOW_ELEMENT | win.NodeFilter.SHOW_TEXT | win.NodeFilter.SHOW_COMMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (nodeTypeOf.call(node) === 1) {
      const element = node as Element;
      // Implied elements (<tbody>, <tr>, reconstructed formatting) can outnumber the tags: counted again.
      if (++elements > MAX_ELEMENTS) throw tooManyElements();
      restoreAttributes(element, styles, removed);
      // `is` is read when the element is created and stays with it: on the page, the page's own
      // customized built-in element of that name would upgrade it. Removing the attribute is not enough.
      if (hasAttribute.call(element, 'is')) customized.push(element);
      else if (localNameOf.call(element).includes(MARK)) renamed.push(element);
    } else {
      const text: string = dataOf.get!.call(node);
      const parent = parentOf.call(node);
      if (text.includes(MARK) && !(parent && nodeTypeOf.call(parent) === 1 && localNameOf.call(parent as Element) === 'script')) dataOf.set!.call(node, unmark(text));
    }
  }
  for (const element of renamed) restoreName(doc, element, styles, removed);
  for (const element of customized) {
    removed.push({ kind: 'element', name: `<${unmark(localNameOf.call(element))} is>`, reason: 'customized built-in elements are not allowed' });
    styles.delete(element);
    replaceKeepingChildren(element, null);
  }
  return { root, styles, removed };
}
