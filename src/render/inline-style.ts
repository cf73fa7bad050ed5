/**
 * A template's style attributes, applied without ever setting a style attribute: the declarations are
 * parsed by the browser in a constructed stylesheet's rule (CSSOM: no policy applies), vetted by the same
 * filter as the stylesheet's, and set one by one with `style.setProperty`, which no Content Security
 * Policy blocks (unlike `setAttribute('style')` or the parser, which report style-src-attr). The element
 * ends up with the same inline style a permissive page would have given it.
 */
import { cssNestsDeeperThan, MAX_CSS_NESTING } from './css-nesting.js';
import { filterDeclarations } from './sanitize-css.js';
import type { RemovedItem, ResourcePolicy } from './types.js';

const scratch = new WeakMap<object, CSSStyleDeclaration>();

/** One reusable declaration block per window, in a constructed (never adopted) stylesheet. */
function scratchBlock(win: Window & typeof globalThis): CSSStyleDeclaration {
  let block = scratch.get(win);
  if (!block) {
    const sheet = new win.CSSStyleSheet();
    sheet.insertRule('x {}');
    block = (sheet.cssRules[0] as CSSStyleRule).style;
    scratch.set(win, block);
  }
  return block;
}

// Names at the start of a declaration in the browser's serialization ("margin: var(--m); color: red;").
// A string value could hold a look-alike: such a name is only ever used to read the block, never trusted.
const DECLARATION_NAME = /(?:^|;)\s*(-?[a-z][a-z-]*)\s*:/g;

/**
 * Copies `block` into `target`. A shorthand written with var() has longhands that read as '' until
 * substitution; for those the shorthand itself is copied (the block still serializes it).
 */
function copyDeclarations(block: CSSStyleDeclaration, target: CSSStyleDeclaration): void {
  const longhands = new Set<string>();
  let pending = false;
  for (let i = 0; i < block.length; i++) {
    const name = block.item(i);
    longhands.add(name);
    if (block.getPropertyValue(name) === '') pending = true;
  }
  if (pending) {
    for (const [, name] of block.cssText.matchAll(DECLARATION_NAME)) {
      if (longhands.has(name!)) continue;
      const value = block.getPropertyValue(name!);
      if (value !== '') target.setProperty(name!, value, block.getPropertyPriority(name!));
    }
  }
  for (const name of longhands) {
    const value = block.getPropertyValue(name);
    if (value !== '') target.setProperty(name, value, block.getPropertyPriority(name));
  }
}

/** Vets a style attribute's text and applies what passes to `element` through the CSSOM. */
export function applyInlineStyle(element: Element, text: string, policy: ResourcePolicy, removed: RemovedItem[], win: Window & typeof globalThis): void {
  const tag = element.localName;
  const target = (element as Element & Partial<ElementCSSInlineStyle>).style;
  if (!target || typeof target.setProperty !== 'function') {
    removed.push({ kind: 'attribute', name: `style on <${tag}>`, reason: 'no CSSOM to vet it' });
    return;
  }
  if (cssNestsDeeperThan(text)) {
    removed.push({ kind: 'attribute', name: `style on <${tag}>`, reason: `nested deeper than ${MAX_CSS_NESTING} levels` });
    return;
  }
  const block = scratchBlock(win);
  try {
    block.cssText = text;
    filterDeclarations(block, { policy, readsAttributes: false, removed, where: `<${tag} style>` });
    copyDeclarations(block, target);
  } finally {
    block.cssText = '';
  }
}
