/**
 * The CSS sanitizer for certificate templates, built on the browser's own CSS parser: the text goes
 * into a constructed CSSStyleSheet (`replaceSync`), and the sanitizer walks the parsed rules and
 * declarations, deleting whatever the policy does not allow. Nothing here tokenizes CSS by hand; the
 * only string matching is on values as the browser serialized them (`url("…")`, function names,
 * numbers), where escapes and comments are already resolved. A constructed sheet is not parsed in the
 * page's document, so no Content Security Policy applies to it and it reports nothing.
 *
 * Policy: no @import, @namespace, @page, @property, @scope, @function and other rules with page-wide
 * effects; no @font-face but from listed origins; url() only to https images (allowed origins) and
 * data:image/*; no expression(), behavior, -moz-binding, image-set(), image(), src(), paint() and
 * friends; no `position: fixed` or `sticky`; no selectors that reach outside the shadow root (:host,
 * :host-context, ::part, ::slotted); no huge offsets, margins or transforms. The host element adds
 * `contain: paint` and clipping, so what survives still cannot paint outside the certificate's box.
 *
 * Selectors never read credential data: a rule whose selector tests attributes can neither load
 * anything (url()) nor pass a value on (no custom property, no var()), and when the certificate's
 * attributes hold credential data (a placeholder in `title`, `alt`, `data-*`, a link), rules whose
 * selectors test attribute values are removed altogether: no request, font, layout or visibility can
 * then depend on the recipient's data through a selector.
 */
import { cssNestsDeeperThan, MAX_CSS_NESTING } from './css-nesting.js';
import { isAllowedFontUrl, isAllowedImageUrl } from './url-policy.js';
import type { RemovedItem, ResourcePolicy } from './types.js';

/** Largest template CSS accepted, in characters. */
export const MAX_CSS_LENGTH = 512 * 1024;
/** Most rules (nested ones and keyframes included) a template's stylesheet may have. */
export const MAX_CSS_RULES = 10_000;

export interface DeclarationContext {
  policy: ResourcePolicy;
  /** True inside rules whose selectors test attributes: no url(), var() or custom property there. */
  readsAttributes: boolean;
  removed: RemovedItem[];
  /** For reports: the selector or element the declarations belong to. */
  where: string;
}

const BLOCKED_PROPERTIES = new Set([
  'behavior',
  '-moz-binding',
  'view-transition-name',
  'view-transition-class',
  'anchor-name',
  'anchor-scope',
  'position-anchor',
  'position-area',
  'position-try',
  'position-try-fallbacks',
  'position-try-order',
  'position-visibility',
  'overlay',
  'app-region',
  '-webkit-app-region',
]);
const ALLOWED_POSITIONS = new Set(['static', 'relative', 'absolute', 'initial', 'inherit', 'unset', 'revert', 'revert-layer']);
const SCRIPTISH = /expression\s*\(|javascript:|vbscript:|livescript:|-moz-binding|behavior\s*:/i;
const FORBIDDEN_FUNCTION = /(?:^|[^\w-])(?:-webkit-)?(?:image-set|cross-fade|image|element|-moz-element|paint|src)\s*\(/i;
const ATTR_FUNCTION = /(?:^|[^\w-])attr\s*\(/i;
const VAR_FUNCTION = /(?:^|[^\w-])var\s*\(/i;
const URL_OPEN = /url\s*\(/gi;
const QUOTED_URL = /url\(\s*"((?:[^"\\]|\\.)*)"\s*\)/gi;
const OFFSET_PROPERTIES = /^(?:margin|inset|top|left|right|bottom|translate|text-indent|padding|outline-offset|scroll-margin)/;
const SCALE_PROPERTIES = /^(?:transform|scale|zoom)$/;
const LENGTH = /(-?\d*\.?\d+(?:e[+-]?\d+)?)([a-z%]*)/gi;
const PX_PER_UNIT: Record<string, number> = { '': 1, px: 1, '%': 10, em: 16, rem: 16, ch: 10, ex: 8, lh: 20, rlh: 20, cm: 38, mm: 4, q: 1, in: 96, pt: 1.4, pc: 16 };
/** Beyond this many (estimated) pixels an offset can only be meant to move content out of the box. */
const MAX_OFFSET_PX = 4000;
const MAX_SCALE = 10;

function unescapeCssString(value: string): string {
  return value.replace(/\\([0-9a-f]{1,6})\s?|\\([\s\S])/gi, (_, hex: string | undefined, char: string | undefined) =>
    hex ? String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff) || 0xfffd) : (char ?? ''),
  );
}

/** The URLs of `url("…")` in a serialized value; `null` if a url( is not in the browser's quoted form. */
export function cssUrls(value: string): string[] | null {
  const opened = value.match(URL_OPEN)?.length ?? 0;
  const urls = Array.from(value.matchAll(QUOTED_URL), (m) => unescapeCssString(m[1] ?? ''));
  return urls.length === opened ? urls : null;
}

function unitPx(unit: string): number {
  const u = unit.toLowerCase();
  if (u in PX_PER_UNIT) return PX_PER_UNIT[u]!;
  if (/^(?:[sld]?v[whib]|v(?:min|max)|cq[whib]|cqmin|cqmax)$/.test(u)) return 20;
  return 0; // angles, times, resolutions: not offsets
}

/** A transform the browser can turn into a matrix: how far it scales and moves content. */
function transformTooBig(value: string): boolean | null {
  if (typeof DOMMatrixReadOnly !== 'function' || /^(?:none|initial|inherit|unset|revert|revert-layer)$/i.test(value.trim())) return null;
  try {
    const m = new DOMMatrixReadOnly(value);
    const scales = [m.m11, m.m12, m.m21, m.m22, m.m33];
    const moves = [m.m41, m.m42, m.m43];
    return scales.some((x) => !Number.isFinite(x) || Math.abs(x) > MAX_SCALE) || moves.some((x) => !Number.isFinite(x) || Math.abs(x) > MAX_OFFSET_PX);
  } catch {
    return null; // relative units (%, em): the DOMMatrix parser takes absolute lengths only
  }
}

function hugeOffset(name: string, value: string): boolean {
  if (name === 'transform') {
    const verdict = transformTooBig(value);
    if (verdict !== null) return verdict;
  }
  if (SCALE_PROPERTIES.test(name)) {
    for (const [, number, unit] of value.matchAll(LENGTH)) {
      const n = Math.abs(Number(number));
      if (!unit && n > MAX_SCALE && (name !== 'transform' || /(?:scale|matrix)/i.test(value))) return true;
      if (unit && unitPx(unit) * n > MAX_OFFSET_PX) return true;
    }
    return false;
  }
  if (!OFFSET_PROPERTIES.test(name)) return false;
  for (const [, number, unit] of value.matchAll(LENGTH)) {
    if (Math.abs(Number(number)) * unitPx(unit ?? '') > MAX_OFFSET_PX) return true;
  }
  return false;
}

/** Why a declaration is not allowed, or `null`. `value` is the browser's serialization. */
export function declarationProblem(name: string, value: string, ctx: Pick<DeclarationContext, 'policy' | 'readsAttributes'>): string | null {
  const property = name.toLowerCase();
  if (BLOCKED_PROPERTIES.has(property)) return `${property} is not allowed`;
  if (ctx.readsAttributes && property.startsWith('--')) return 'a custom property in a rule with an attribute selector';
  if (ctx.readsAttributes && VAR_FUNCTION.test(value)) return 'var() in a rule with an attribute selector';
  if (property === 'position' && !ALLOWED_POSITIONS.has(value.trim().toLowerCase())) return `position: ${value} is not allowed`;
  if (property.startsWith('--') && value.includes('\\')) return 'escapes in a custom property';
  if (SCRIPTISH.test(value)) return 'script in CSS';
  if (FORBIDDEN_FUNCTION.test(value)) return 'a function that loads resources is not allowed';
  if (property !== 'content' && ATTR_FUNCTION.test(value)) return 'attr() is only allowed in content';
  const urls = cssUrls(value);
  if (urls === null) return 'an url() the sanitizer cannot read';
  for (const url of urls) {
    if (/^#[\w-]*$/.test(url.trim())) continue; // a reference to an element of the certificate (filter, clip-path)
    if (ctx.readsAttributes) return 'url() in a rule with an attribute selector';
    if (!isAllowedImageUrl(url, ctx.policy, 'css')) return `url(${url.slice(0, 80)}) is not an allowed image`;
  }
  if (hugeOffset(property, value)) return 'an offset that would move content out of the box';
  return null;
}

const DANGER_IN_BLOCK = new RegExp(`${URL_OPEN.source}|${FORBIDDEN_FUNCTION.source}|${SCRIPTISH.source}`, 'i');

/** Removes the disallowed declarations of one block (a rule's style, or an element's style attribute). */
export function filterDeclarations(style: CSSStyleDeclaration, ctx: DeclarationContext): void {
  // Longhands of a shorthand that uses var() read as '' until substitution; where the block holds
  // anything risky, or reads attributes, such opaque values are dropped rather than trusted.
  const risky = ctx.readsAttributes || DANGER_IN_BLOCK.test(style.cssText);
  const names = Array.from({ length: style.length }, (_, i) => style.item(i));
  for (const name of names) {
    const value = style.getPropertyValue(name);
    let problem = declarationProblem(name, value, ctx);
    if (!problem && value === '' && risky) problem = 'a var() value next to resources';
    if (problem) {
      style.removeProperty(name);
      ctx.removed.push({ kind: 'css-declaration', name: `${ctx.where} { ${name}: ${value.slice(0, 120)} }`, reason: problem });
    }
  }
}

const OUTSIDE_SELECTOR = /:host|::?part\b|::?slotted\b|::?view-transition|::?backdrop/i;

interface RuleParent {
  readonly cssRules: CSSRuleList;
  deleteRule(index: number): void;
}

interface Walk {
  policy: ResourcePolicy;
  removed: RemovedItem[];
  /** Attributes that hold credential data (empty: none do). */
  dataAttributes: readonly string[];
  /** Rules left to visit before the sheet is over MAX_CSS_RULES. */
  budget: number;
}

class TooManyRules extends Error {}

function ruleName(rule: CSSRule): string {
  const text = rule.cssText;
  const brace = text.indexOf('{');
  return (brace < 0 ? text : text.slice(0, brace)).trim().slice(0, 120);
}

const GROUPING_RULES = ['CSSMediaRule', 'CSSSupportsRule', 'CSSContainerRule', 'CSSLayerBlockRule', 'CSSStartingStyleRule'];

/** The rule's interface name, read so that it works across windows (a sheet of an iframe's document). */
function isA(rule: CSSRule, name: string): boolean {
  return Object.prototype.toString.call(rule) === `[object ${name}]`;
}

function walkRules(parent: RuleParent, walk: Walk, readsAttributes: boolean): void {
  walk.budget -= parent.cssRules.length;
  if (walk.budget < 0) throw new TooManyRules();
  for (let i = parent.cssRules.length - 1; i >= 0; i--) {
    const rule = parent.cssRules[i]!;
    const reason = checkRule(rule, walk, readsAttributes);
    if (reason) {
      walk.removed.push({ kind: 'css-rule', name: ruleName(rule), reason });
      parent.deleteRule(i);
    }
  }
}

/** Sanitizes one rule in place; returns why it must go instead, if it must. */
function checkRule(rule: CSSRule, walk: Walk, readsAttributes: boolean): string | null {
  if (isA(rule, 'CSSStyleRule')) {
    const style = rule as CSSStyleRule;
    const selector = style.selectorText;
    if (OUTSIDE_SELECTOR.test(selector)) return 'selector reaches outside the certificate';
    // Only an attribute selector with a value has "=" in the browser's serialization of a selector.
    if (walk.dataAttributes.length > 0 && selector.includes('='))
      return `selector tests attribute values, and the certificate's attributes hold credential data (${walk.dataAttributes.join(', ')})`;
    const reads = readsAttributes || selector.includes('[');
    filterDeclarations(style.style, { policy: walk.policy, readsAttributes: reads, removed: walk.removed, where: selector.slice(0, 120) });
    const nested = rule as unknown as Partial<RuleParent>;
    if (nested.cssRules && nested.cssRules.length > 0 && typeof nested.deleteRule === 'function') walkRules(nested as RuleParent, walk, reads);
    return null;
  }
  if (isA(rule, 'CSSNestedDeclarations')) {
    filterDeclarations((rule as unknown as { style: CSSStyleDeclaration }).style, { policy: walk.policy, readsAttributes, removed: walk.removed, where: '(nested)' });
    return null;
  }
  if (GROUPING_RULES.some((name) => isA(rule, name))) {
    walkRules(rule as unknown as RuleParent, walk, readsAttributes);
    return null;
  }
  if (isA(rule, 'CSSLayerStatementRule')) return null;
  if (isA(rule, 'CSSKeyframesRule')) {
    const keyframes = rule as CSSKeyframesRule;
    walk.budget -= keyframes.cssRules.length;
    if (walk.budget < 0) throw new TooManyRules();
    for (const frame of Array.from(keyframes.cssRules)) {
      filterDeclarations((frame as CSSKeyframeRule).style, { policy: walk.policy, readsAttributes, removed: walk.removed, where: `@keyframes ${keyframes.name}` });
    }
    return null;
  }
  if (isA(rule, 'CSSFontFaceRule')) {
    const src = (rule as CSSFontFaceRule).style.getPropertyValue('src');
    const urls = cssUrls(src);
    if (urls === null || urls.some((url) => !isAllowedFontUrl(url, walk.policy))) return '@font-face from an origin not listed in fontOrigins';
    return null;
  }
  return 'at-rule not allowed in a certificate';
}

export interface CssSanitizeResult {
  sheet: CSSStyleSheet;
  /** The sanitized sheet, serialized by the browser. */
  css: string;
  removed: RemovedItem[];
}

export interface CssSanitizeOptions {
  /**
   * Attributes of the certificate that hold credential data (what sanitize-html.ts reports as
   * `dataAttributes`). When there are any, rules whose selectors test attribute values are removed.
   */
  dataAttributes?: Iterable<string>;
}

/**
 * Parses `css` with the browser and returns a constructed stylesheet holding only what the policy
 * allows. `win` is the window whose document will adopt the sheet. A stylesheet over MAX_CSS_LENGTH
 * characters, MAX_CSS_NESTING levels or MAX_CSS_RULES rules is dropped whole (and says so in `removed`).
 */
export function sanitizeCss(css: string, policy: ResourcePolicy, win: Window & typeof globalThis = window, options: CssSanitizeOptions = {}): CssSanitizeResult {
  const removed: RemovedItem[] = [];
  const sheet = new win.CSSStyleSheet();
  if (css.length > MAX_CSS_LENGTH) {
    removed.push({ kind: 'css-rule', name: '(whole stylesheet)', reason: `longer than ${MAX_CSS_LENGTH} characters` });
    return { sheet, css: '', removed };
  }
  // The browser's parser crashes the page on a few thousand levels of nesting: measured before it runs.
  if (cssNestsDeeperThan(css)) {
    removed.push({ kind: 'css-rule', name: '(whole stylesheet)', reason: `nested deeper than ${MAX_CSS_NESTING} levels` });
    return { sheet, css: '', removed };
  }
  // replaceSync never fetches: it drops @import rules itself. Said here so developers see why.
  if (/@import/i.test(css)) removed.push({ kind: 'css-rule', name: '@import', reason: '@import is never allowed' });
  try {
    sheet.replaceSync(css);
  } catch (error) {
    removed.push({ kind: 'css-rule', name: '(whole stylesheet)', reason: `unparseable: ${String(error)}` });
    return { sheet: new win.CSSStyleSheet(), css: '', removed };
  }
  try {
    walkRules(sheet, { policy, removed, dataAttributes: [...new Set(options.dataAttributes ?? [])].sort(), budget: MAX_CSS_RULES }, false);
  } catch (error) {
    if (!(error instanceof TooManyRules)) throw error;
    return { sheet: new win.CSSStyleSheet(), css: '', removed: [{ kind: 'css-rule', name: '(whole stylesheet)', reason: `more than ${MAX_CSS_RULES} rules` }] };
  }
  removed.reverse();
  return { sheet, css: Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n'), removed };
}
