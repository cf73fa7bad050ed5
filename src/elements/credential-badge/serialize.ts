/**
 * A certificate as XHTML text, for drawing it (png.ts): written out node by node from the live tree, never through
 * the page's DOM (no clone is made, no markup parsed in the page: nothing a Content Security Policy or Trusted Types
 * would see). A shadow root (the issuer's template) is written into its host, its adopted stylesheets as a `<style>`
 * first: the drawing holds nothing else for them to reach. Images are swapped for what png.ts could draw (a data:
 * URL) or for their initials; comments, scripts and names XML cannot carry are left out.
 */

const NS = { html: 'http://www.w3.org/1999/xhtml', svg: 'http://www.w3.org/2000/svg', math: 'http://www.w3.org/1998/Math/MathML' };
const XLINK = 'http://www.w3.org/1999/xlink';
const VOID = new Set(['area', 'br', 'col', 'hr', 'img', 'wbr']);
const SKIP = new Set(['script', 'style', 'template', 'slot', 'link', 'meta']);
const XML_NAME = /^[A-Za-z_][\w.-]*$/;
/** Most elements written: the renderer accepts no more than 10,000 in a template. */
const MAX_NODES = 20_000;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** What an image becomes: a data: URL to show, or the initials and size of the box that stands in for it. */
export type ImageStandIn = { src: string } | { initials: string; width: number; height: number };

export interface SerializeOptions {
  /** The stand-in of each image of the tree (images without one are left out). */
  images: ReadonlyMap<Element, ImageStandIn>;
}

/** The text of a shadow root's adopted stylesheets, as the browser serializes them. */
function adoptedCss(root: ShadowRoot): string {
  return root.adoptedStyleSheets.map((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n')).join('\n');
}

function attributes(element: Element, skip: ReadonlySet<string> = new Set()): string {
  let out = '';
  for (const attribute of element.attributes) {
    const name = attribute.name;
    if (skip.has(name) || !(XML_NAME.test(name) || name === 'xlink:href' || name === 'xml:lang') || /^on/i.test(name)) continue;
    out += ` ${name}="${escapeXml(attribute.value)}"`;
  }
  return out;
}

function standInBox(image: Element, stand: { initials: string; width: number; height: number }): string {
  const size = Math.max(8, Math.round(Math.min(stand.width, stand.height) / 2.4));
  const style = `display:inline-flex;align-items:center;justify-content:center;box-sizing:border-box;width:${stand.width}px;height:${stand.height}px;`
    + `background:#e6e8ec;color:#3a4150;font:600 ${size}px/1 system-ui,sans-serif;border-radius:4px;vertical-align:middle;overflow:hidden`;
  const className = image.getAttribute('class');
  return `<span xmlns="${NS.html}"${className ? ` class="${escapeXml(className)}"` : ''} style="${style}">${escapeXml(stand.initials)}</span>`;
}

/** Writes `root` and everything under it (shadow roots flattened into their hosts) as XHTML. */
export function serializeTree(root: Element, options: SerializeOptions): string {
  let budget = MAX_NODES;
  const write = (node: Node, parentNs: string): string => {
    if (--budget < 0) return '';
    if (node.nodeType === 3) return escapeXml((node as Text).data);
    if (node.nodeType !== 1) return '';
    const element = node as Element;
    const tag = element.localName;
    if (!XML_NAME.test(tag) || SKIP.has(tag)) return '';
    const ns = element.namespaceURI ?? NS.html;
    if (tag === 'img') {
      const stand = options.images.get(element);
      if (!stand) return '';
      if ('initials' in stand) return standInBox(element, stand);
      return `<img${ns !== parentNs ? ` xmlns="${ns}"` : ''}${attributes(element, new Set(['src', 'srcset', 'loading']))} src="${escapeXml(stand.src)}"/>`;
    }
    let open = `<${tag}`;
    if (ns !== parentNs) open += ` xmlns="${ns}"${ns === NS.svg ? ` xmlns:xlink="${XLINK}"` : ''}`;
    open += attributes(element);
    if (VOID.has(tag) && ns === NS.html) return `${open}/>`;
    const shadow = element.shadowRoot;
    let inner = shadow && ns === NS.html ? `<style>${escapeXml(adoptedCss(shadow))}</style>` : '';
    for (const child of (shadow ?? element).childNodes) inner += write(child, ns);
    return `${open}>${inner}</${tag}>`;
  };
  return write(root, '');
}
