/**
 * The HTML sanitizer for certificate templates: the one place DOMPurify is configured.
 *
 * Policy: no script of any kind (script elements, event-handler attributes, javascript:/vbscript:
 * URLs, data: URLs other than raster images, srcdoc), no iframe, object, embed, base, meta, link,
 * forms and their controls, no <style> (CSS only arrives through sanitize-css.ts; style attributes
 * go through the same declaration filter), no custom elements (they would upgrade with the page's
 * code), no media but images, no attributes that reach outside the certificate (part, slot,
 * popover, autofocus, …). SVG and MathML follow DOMPurify's safe profiles, minus SVG animation.
 * Links open in a new tab with rel="noopener noreferrer"; images load lazily with
 * referrerpolicy="no-referrer" and only from allowed origins (or not at all with remote images off).
 *
 * Placeholders in attribute values are substituted *before* DOMPurify validates the attribute, so a
 * value can never smuggle a URL or a style past the checks; text nodes are substituted after
 * sanitizing, as text. The output is a DOM fragment, never re-serialized and re-parsed (no mXSS).
 */
import DOMPurify, { type Config, type DOMPurify as Purifier, type RemovedAttribute, type RemovedElement } from 'dompurify';
import { CredentialError } from '../errors.js';
import { filterDeclarations } from './sanitize-css.js';
import { substitutePlaceholders, type PlaceholderResolver } from './placeholders.js';
import { trustedTypesPolicy, withArmedPolicy, TRUSTED_TYPES_POLICY_NAME, type TrustedHTMLPolicy } from '../trusted-types.js';
import { isAllowedImageUrl, isAllowedLinkUrl } from './url-policy.js';
import type { RemovedItem, ResourcePolicy } from './types.js';

/** Largest template HTML accepted, in characters. */
export const MAX_HTML_LENGTH = 1024 * 1024;

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
  RETURN_DOM_FRAGMENT: true,
};

interface HtmlContext {
  policy: ResourcePolicy;
  resolve: PlaceholderResolver;
  unknown: Set<string>;
  removed: RemovedItem[];
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
  if (name === 'src') return tag === 'img' ? (isAllowedImageUrl(value, policy) ? null : 'image URL not allowed') : 'src only on <img>';
  if (name === 'background') return isAllowedImageUrl(value, policy) ? null : 'image URL not allowed';
  if (name === 'href' || name === 'xlink:href') {
    if (tag === 'a' || tag === 'area') return isAllowedLinkUrl(value) ? null : 'link URL not allowed';
    // SVG images cannot carry referrerpolicy: inline raster images only.
    if (tag === 'image' || tag === 'feimage') return /^data:/i.test(value.trim()) && isAllowedImageUrl(value, policy) ? null : 'SVG images must be inline raster data';
    return /^#[\w-]*$/.test(value.trim()) ? null : 'only references within the certificate';
  }
  if (name === 'target') return 'links always open in a new tab';
  if (name !== 'style' && URL_IN_ATTRIBUTE.test(value) && !value.split(/\s*,\s*/).every((part) => LOCAL_URL_REFERENCE.test(part)))
    return 'url() in an attribute may only reference the certificate';
  return null;
}

function purifierFor(win: Window & typeof globalThis): Purifier {
  let purifier = purifiers.get(win);
  if (purifier) return purifier;
  purifier = DOMPurify(win);
  purifier.addHook('uponSanitizeAttribute', (node, data) => {
    if (!current) return;
    data.attrValue = substitutePlaceholders(data.attrValue, current.resolve, current.unknown);
    const problem = attributeProblem(tagOf(node), data.attrName.toLowerCase(), data.attrValue, current.policy);
    if (problem) {
      data.keepAttr = false;
      current.removed.push({ kind: 'attribute', name: `${data.attrName} on <${tagOf(node)}>`, reason: problem });
    }
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (!current) return;
    const tag = tagOf(node);
    const styled = node as Element & Partial<ElementCSSInlineStyle>;
    if (node.hasAttribute('style')) {
      if (styled.style && typeof styled.style.removeProperty === 'function') {
        filterDeclarations(styled.style, { policy: current.policy, urlsAllowed: true, removed: current.removed, where: `<${tag} style>` });
        if (styled.style.length === 0) node.removeAttribute('style');
      } else {
        // An element without CSSOM (not HTML, SVG or MathML): its style cannot be vetted.
        node.removeAttribute('style');
        current.removed.push({ kind: 'attribute', name: `style on <${tag}>`, reason: 'no CSSOM to vet it' });
      }
    }
    if ((tag === 'a' || tag === 'area') && node.hasAttribute('href')) {
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

/** Sanitizes template HTML and substitutes placeholders. */
export function sanitizeHtml(html: string, resolve: PlaceholderResolver, policy: ResourcePolicy, win: Window & typeof globalThis = window): HtmlSanitizeResult {
  if (html.length > MAX_HTML_LENGTH) throw new CredentialError('TEMPLATE_REJECTED', `The certificate template is longer than ${MAX_HTML_LENGTH} characters.`);
  const purifier = purifierFor(win);
  const context: HtmlContext = { policy, resolve, unknown: new Set(), removed: [] };
  const tt = policyFor(win);
  const previous = current;
  current = context;
  let fragment: DocumentFragment | null;
  try {
    fragment = withArmedPolicy(() => purifier.sanitize(html, { ...BASE_CONFIG, TRUSTED_TYPES_POLICY: tt as never })) as unknown as DocumentFragment | null;
  } finally {
    current = previous;
  }
  // DOMPurify returns null when nothing at all survives (a template that is one <body onload>, say).
  fragment ??= win.document.createDocumentFragment();
  const seen = new Set(context.removed.map((item) => item.name));
  for (const entry of purifier.removed) {
    const item = describeRemoval(entry);
    if (!seen.has(item.name)) context.removed.push(item);
  }
  // Text is substituted after sanitizing: a value lands in a Text node and is never parsed.
  const walker = fragment.ownerDocument.createTreeWalker(fragment, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const replaced = substitutePlaceholders(text.data, resolve, context.unknown);
    if (replaced !== text.data) text.data = replaced;
  }
  return { fragment, removed: context.removed, unknownPlaceholders: context.unknown };
}
