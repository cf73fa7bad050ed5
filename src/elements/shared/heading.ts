/**
 * Headings at the level the page asks for (`heading-level`): an element's own title at that level, its sections one
 * below, never past h6. Lit's static templates give the tag; only the six literal tags below can be one.
 */
import { nothing, type TemplateResult } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';

const TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A level from 1 to 6: the attribute's, when it is one, else the element's default. */
export function headingLevel(requested: number | undefined, fallback: number): number {
  return Number.isInteger(requested) && requested! >= 1 && requested! <= 6 ? requested! : fallback;
}

export interface HeadingOptions {
  id?: string;
  class?: string;
  part?: string;
}

/** `<hN>` for a level (clamped to 1–6), with an optional id, class and part. */
export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const tag = TAGS[Math.min(Math.max(Math.round(level), 1), 6) - 1]!;
  return html`<${tag} id=${options.id ?? nothing} class=${options.class ?? nothing} part=${options.part ?? nothing}>${content}</${tag}>`;
}
