/**
 * The HTML sanitizer for certificate templates: the one place DOMPurify is configured.
 *
 * Policy: no script of any kind (script elements, event-handler attributes, javascript:/vbscript:
 * URLs, data: URLs other than raster images, srcdoc), no iframe, object, embed, base, meta, link,
 * forms and their controls, no <style> (CSS only arrives through sanitize-css.ts; style attributes
 * go through the same declaration filter), no custom elements (they would upgrade with the page's
 * code), no media but images, no attributes that reach outside the certificate (part, slot,
 * popover, autofocus, …). SVG and MathML follow DOMPurify's safe profiles, minus SVG animation.
 * Links (HTML and SVG) open in a new tab with rel="noopener noreferrer" and no referrer; images load
 * lazily with referrerpolicy="no-referrer" and only from allowed origins (or not at all).
 *
 * No Content Security Policy report while sanitizing: the markup is parsed by inert-parse.ts (inert
 * template content, no style attribute ever parsed), DOMPurify then works on those nodes in place, and
 * style attributes are applied through the CSSOM by inline-style.ts once they are vetted.
 *
 * Placeholders: attribute values are filled *before* DOMPurify validates the attribute, and only where
 * placeholders.ts allows (text attributes; a link's whole value), so a value can never smuggle a URL or
 * a style past the checks nor carry personal data into a request; text nodes are filled after
 * sanitizing, as text. The output is a DOM fragment, never re-serialized and re-parsed (no mXSS).
 */
import DOMPurify, { type Config, type DOMPurify as Purifier, type RemovedAttribute, type RemovedElement } from 'dompurify';
import { CredentialError } from '../errors.js';
import { applyInlineStyle } from './inline-style.js';
import { parseInert } from './inert-parse.js';
import { removeEmptiedBlocks } from './remove-empty.js';
import { attributePlaceholderProblem, hasPlaceholder, substitutePlaceholders, type PlaceholderResolver } from './placeholders.js';
import { trustedTypesPolicy, withArmedPolicy, TRUSTED_TYPES_POLICY_NAME, type TrustedHTMLPolicy } from '../trusted-types.js';
import { isAllowedImageUrl, isAllowedLinkUrl } from './url-policy.js';
import type { RemovedItem, ResourcePolicy } from './types.js';

/** Largest template HTML accepted, in characters. */
export const MAX_HTML_LENGTH = 1024 * 1024;
/** Most characters placeholders may add to a template (a `{{description}}` repeated is no certificate). */
export const MAX_PLACEHOLDER_OUTPUT = 1024 * 1024;

const FORBID_TAGS = [
  // script and active content
  'script', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'fencedframe',
  // document-level and CSS
  'base', 'meta', 'link', 'style', 'template', 'slot',
  // forms
  'form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output', 'fieldset', 'legend', 'label', 'keygen', 'isindex', 'selectedcontent',
  // media other than images, top layer, legacy parsing modes
  'audio', 'video', 'source', 'track', 'picture', 'canvas', 'dialog', 'noembed', 'noframes', 'xmp', 'plaintext', 'listing', 'marquee',
  // SVG animation and foreign content
  'animate', 'animatecolor', 'animatemotion', 'animatetransform', 'set', 'discard', 'foreignobject', 'annotation-xml',
];

const FORBID_ATTR = [
  'srcset', 'sizes', 'srcdoc', 'ping', 'action', 'formaction', 'method', 'poster', 'longdesc', 'lowsrc', 'dynsrc', 'codebase', 'data', 'cite',
  'is', 'part', 'exportparts', 'slot', 'popover', 'popovertarget', 'popovertargetaction', 'command', 'commandfor', 'interestfor',
  'autofocus', 'contenteditable', 'accesskey', 'crossorigin', 'integrity', 'nonce', 'shadowroot', 'shadowrootmode', 'attributename',
  'xml:base', 'xlink:base', 'formtarget', 'download',
  // requests on the side: attribution reporting, topics, shared storage
  'attributionsrc', 'browsingtopics', 'sharedstoragewritable', 'adauctionheaders',
];

const BASE_CONFIG: Config = {
  USE_PROFILES: { html: true, svg: true, svgFilters: true, mathMl: true },
  FORBID_TAGS,
  FORBID_ATTR,
  // DOMPurify's default URI check stays (it also vets non-URL values); the URL policy proper is the hook's.
  ALLOW_DATA_ATTR: true,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  SAFE_FOR_TEMPLATES: false, // our placeholders are {{…}}: they must survive
  SANITIZE_DOM: true,
  KEEP_CONTENT: true,
  // The nodes come from inert-parse.ts; DOMPurify never parses (so never meets a style attribute).
  IN_PLACE: true,
};

interface HtmlContext {
  policy: ResourcePolicy;
  resolve: PlaceholderResolver;
  unknown: Set<string>;
  removed: RemovedItem[];
  /** Names of the attributes placeholders filled. */
  dataAttributes: Set<string>;
  /** Characters placeholders may still add. */
  budget: number;
}

/** The context of the sanitize call in progress (DOMPurify hooks run synchronously inside it). */
let current: HtmlContext | null = null;
const purifiers = new WeakMap<object, Purifier>();

const URL_IN_ATTRIBUTE = /url\s*\(/i;
const LOCAL_URL_REFERENCE = /^\s*url\(\s*(['"]?)#[\w-]*\1\s*\)\s*$/i;

// Read through the prototype: a clobbering child (<input name="nodeName">) cannot shadow it.
const nodeNameOf = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeName')!.get!;
const nodeTypeOf = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeType')!.get!;

function tagOf(node: Node): string {
  const name: unknown = nodeNameOf.call(node);
  return typeof name === 'string' ? name.toLowerCase() : '?';
}

/** Why an attribute must go, beyond DOMPurify's own checks, or `null`. */
function attributeProblem(tag: string, name: string, value: string, policy: ResourcePolicy): string | null {
  if (name === 'style') return 'style attributes are applied through the CSSOM only';
  if (name === 'src') return tag === 'img' ? (isAllowedImageUrl(value, policy) ? null : 'image URL not allowed') : 'src only on <img>';
  if (name === 'background') return isAllowedImageUrl(value, policy) ? null : 'image URL not allowed';
  if (name === 'href' || name === 'xlink:href') {
    if (tag === 'a' || tag === 'area') return isAllowedLinkUrl(value) ? null : 'link URL not allowed';
    // SVG images cannot carry referrerpolicy: inline raster images only.
    if (tag === 'image' || tag === 'feimage') return /^data:/i.test(value.trim()) && isAllowedImageUrl(value, policy) ? null : 'SVG images must be inline raster data';
    return /^#[\w-]*$/.test(value.trim()) ? null : 'only references within the certificate';
  }
  if (name === 'target') return 'links always open in a new tab';
  if (URL_IN_ATTRIBUTE.test(value) && !value.split(/\s*,\s*/).every((part) => LOCAL_URL_REFERENCE.test(part)))
    return 'url() in an attribute may only reference the certificate';
  return null;
}

/** Fills the placeholders of `text`, within what is left of the context's budget. */
function fill(text: string, context: HtmlContext): string {
  const filled = substitutePlaceholders(text, context.resolve, context.unknown);
  context.budget -= Math.max(0, filled.length - text.length);
  if (context.budget < 0) throw new CredentialError('TEMPLATE_REJECTED', `The certificate template's placeholders add more than ${MAX_PLACEHOLDER_OUTPUT} characters.`);
  return filled;
}

function purifierFor(win: Window & typeof globalThis): Purifier {
  let purifier = purifiers.get(win);
  if (purifier) return purifier;
  purifier = DOMPurify(win);
  purifier.addHook('uponSanitizeAttribute', (node, data) => {
    if (!current) return;
    const tag = tagOf(node);
    const name = data.attrName.toLowerCase();
    let problem: string | null = null;
    if (hasPlaceholder(data.attrValue)) {
      problem = attributePlaceholderProblem(tag, name, data.attrValue);
      if (!problem) {
        data.attrValue = fill(data.attrValue, current);
        current.dataAttributes.add(name);
      }
    }
    problem ??= attributeProblem(tag, name, data.attrValue, current.policy);
    if (problem) {
      data.keepAttr = false;
      current.removed.push({ kind: 'attribute', name: `${data.attrName} on <${tag}>`, reason: problem });
    }
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (!current) return;
    const tag = tagOf(node);
    // HTML and SVG links alike: <a href>, <a xlink:href>, <area href>.
    if ((tag === 'a' || tag === 'area') && (node.hasAttribute('href') || node.hasAttribute('xlink:href'))) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
    if (tag === 'img') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
  });
  purifiers.set(win, purifier);
  return purifier;
}

function describeRemoval(entry: RemovedElement | RemovedAttribute): RemovedItem {
  if ('element' in entry) {
    const node = entry.element;
    const name = nodeTypeOf.call(node) === 1 ? `<${tagOf(node)}>` : tagOf(node);
    return { kind: 'element', name, reason: 'not allowed by the HTML policy' };
  }
  const on = entry.from ? tagOf(entry.from) : '?';
  return { kind: 'attribute', name: `${entry.attribute?.name ?? '?'} on <${on}>`, reason: 'not allowed by the HTML policy' };
}

export interface HtmlSanitizeResult {
  /** Sanitized nodes, placeholders substituted, ready to be appended (it is adopted on append). */
  fragment: DocumentFragment;
  removed: RemovedItem[];
  /** Placeholders the template used that resolve to nothing known. */
  unknownPlaceholders: Set<string>;
  /** Names of the attributes placeholders filled with credential data (for sanitize-css.ts). */
  dataAttributes: Set<string>;
  /** Tag names of the blocks removed because their placeholders resolved empty (remove-empty.ts). */
  emptied: string[];
}

function policyFor(win: Window & typeof globalThis): TrustedHTMLPolicy | null {
  try {
    return trustedTypesPolicy(win);
  } catch (cause) {
    throw new CredentialError(
      'TEMPLATE_REJECTED',
      `This page's Trusted Types policy does not allow the "${TRUSTED_TYPES_POLICY_NAME}" policy that renders certificate templates.`,
      { cause },
    );
  }
}

/** Applies the vetted style attributes of the elements that survived, through the CSSOM. */
function applyStyles(fragment: DocumentFragment, styles: Map<Element, string>, context: HtmlContext, win: Window & typeof globalThis): void {
  if (styles.size === 0) return;
  const walker = fragment.ownerDocument.createTreeWalker(fragment, win.NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = styles.get(node as Element);
    if (text === undefined) continue;
    const tag = tagOf(node);
    if (hasPlaceholder(text)) context.removed.push({ kind: 'attribute', name: `style on <${tag}>`, reason: 'placeholders never fill CSS' });
    else applyInlineStyle(node as Element, text, context.policy, context.removed, win);
  }
}

/** Sanitizes template HTML and substitutes placeholders. */
export function sanitizeHtml(html: string, resolve: PlaceholderResolver, policy: ResourcePolicy, win: Window & typeof globalThis = window): HtmlSanitizeResult {
  if (html.length > MAX_HTML_LENGTH) throw new CredentialError('TEMPLATE_REJECTED', `The certificate template is longer than ${MAX_HTML_LENGTH} characters.`);
  const purifier = purifierFor(win);
  const context: HtmlContext = { policy, resolve, unknown: new Set(), removed: [], dataAttributes: new Set(), budget: MAX_PLACEHOLDER_OUTPUT };
  const tt = policyFor(win);
  const previous = current;
  current = context;
  let parsed: ReturnType<typeof parseInert>;
  try {
    parsed = withArmedPolicy(() => {
      const inert = parseInert(html, win, tt);
      purifier.sanitize(inert.root, { ...BASE_CONFIG, TRUSTED_TYPES_POLICY: tt as never });
      return inert;
    });
  } finally {
    current = previous;
  }
  const seen = new Set(context.removed.map((item) => item.name));
  for (const item of [...parsed.removed, ...purifier.removed.map(describeRemoval)]) {
    if (!seen.has(item.name)) context.removed.push(item);
  }
  const fragment = parsed.root.ownerDocument.createDocumentFragment();
  while (parsed.root.firstChild) fragment.appendChild(parsed.root.firstChild);
  applyStyles(fragment, parsed.styles, context, win);
  // Text is substituted after sanitizing: a value lands in a Text node and is never parsed.
  const walker = fragment.ownerDocument.createTreeWalker(fragment, win.NodeFilter.SHOW_TEXT);
  const emptiedText: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (!text.data.includes('{{')) continue;
    const replaced = fill(text.data, context);
    if (replaced === text.data) continue;
    text.data = replaced;
    // Placeholders and nothing else, and every one of them empty: a hole where a name should be.
    if (!/\S/.test(replaced)) emptiedText.push(text);
  }
  const emptied = removeEmptiedBlocks(fragment, emptiedText, win);
  return { fragment, removed: context.removed, unknownPlaceholders: context.unknown, dataAttributes: context.dataAttributes, emptied };
}
