/**
 * Renders an issuer's certificate template (ibl.ai `html_template`/`css_template`, Accredible
 * designs) into a shadow root of its own: the HTML through sanitize-html.ts, the CSS through
 * sanitize-css.ts as an adopted stylesheet of that shadow root only, the credential's data through
 * the placeholders. The shadow root isolates both ways: the template's CSS cannot select the page,
 * the page's selectors cannot reach into the template; the host clips and contains its painting, so
 * nothing of the template shows outside the certificate's box.
 */
import type { CredentialView, TemplateView } from '../model/types.js';
import { placeholderResolver, warnUnknownPlaceholders } from './placeholders.js';
import { sanitizeCss } from './sanitize-css.js';
import { sanitizeHtml } from './sanitize-html.js';
import { resourcePolicy } from './url-policy.js';
import type { RemovedItem, RenderOptions } from './types.js';

export interface RenderResult {
  /** The element the certificate's shadow root is attached to (inside the target). */
  host: HTMLElement;
  shadowRoot: ShadowRoot;
  /** The sanitized stylesheet adopted by the shadow root. */
  sheet: CSSStyleSheet;
  /** What the sanitizers took out, in document order (HTML first, then CSS). */
  removed: RemovedItem[];
  /** Placeholders in the template that are unknown: they rendered empty. */
  unknownPlaceholders: string[];
  /**
   * Tag names of the blocks (`p`, `li`, `td`, `h1`–`h6`, `div`) removed because the placeholders that were their
   * only text resolved empty (see remove-empty.ts), in document order.
   */
  emptied: string[];
  /** The sanitized CSS, as the browser serializes it (for developers and tests). */
  css: string;
}

/**
 * The host's own box rules, inline and `!important`: nothing of the template paints outside it, and
 * the page's inherited styles (color, fonts, …) are reset at the boundary; custom properties still
 * inherit, which is how a page themes a certificate on purpose.
 */
const HOST_STYLE: Array<[string, string]> = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'relative'],
  ['contain', 'paint'],
  ['overflow', 'hidden'],
  ['isolation', 'isolate'],
  ['max-width', '100%'],
  // A certificate prints as designed, backgrounds included (`all: initial` would reset the page's choice).
  ['print-color-adjust', 'exact'],
];

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/** Places the template's headings in the page's outline: the top one at `level`, the others below it in step. */
function setHeadingLevels(fragment: DocumentFragment, level: number | undefined): void {
  if (level === undefined || !Number.isInteger(level) || level < 1 || level > 6) return;
  const headings = [...fragment.querySelectorAll(HEADINGS)];
  const rank = (heading: Element) => Number(heading.localName.slice(1));
  const top = Math.min(...headings.map(rank));
  for (const heading of headings) heading.setAttribute('aria-level', String(Math.min(6, level + rank(heading) - top)));
}

const hosts = new WeakMap<ShadowRoot | HTMLElement, { host: HTMLElement; root: ShadowRoot }>();

function ensureHost(target: ShadowRoot | HTMLElement, mode: ShadowRootMode): { host: HTMLElement; root: ShadowRoot } {
  const existing = hosts.get(target);
  if (existing && existing.host.parentNode === target) return existing;
  const doc = target.ownerDocument ?? document;
  const host = doc.createElement('div');
  host.setAttribute('data-credential-certificate', '');
  host.setAttribute('part', 'certificate');
  for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
  const root = host.attachShadow({ mode });
  target.append(host);
  const entry = { host, root };
  hosts.set(target, entry);
  return entry;
}

/**
 * Renders `template` for `view` into `target` (an element or a shadow root): a host element with
 * its own shadow root is created there on the first call and reused by later calls for the same
 * target. Never executes anything from the template; returns what it removed, for developers.
 * Throws CredentialError `TEMPLATE_REJECTED` for a template over the size limits or a page whose
 * Trusted Types policy does not allow `credential-elements`.
 */
export function renderTemplate(
  target: ShadowRoot | HTMLElement,
  template: TemplateView,
  view: CredentialView,
  options: RenderOptions = {},
): RenderResult {
  const doc = target.ownerDocument ?? document;
  const win = (doc.defaultView ?? window) as Window & typeof globalThis;
  const policy = resourcePolicy(options);
  const resolve = placeholderResolver(view, options.locale);

  const html = sanitizeHtml(template.html ?? '', resolve, policy, win);
  const css = sanitizeCss(template.css ?? '', policy, win, { dataAttributes: html.dataAttributes });

  setHeadingLevels(html.fragment, options.headingLevel);
  const { host, root } = ensureHost(target, options.mode ?? 'open');
  root.replaceChildren(html.fragment);
  root.adoptedStyleSheets = [css.sheet];

  const unknown = [...html.unknownPlaceholders];
  warnUnknownPlaceholders(unknown);
  return { host, shadowRoot: root, sheet: css.sheet, removed: [...html.removed, ...css.removed], unknownPlaceholders: unknown, emptied: html.emptied, css: css.css };
}
