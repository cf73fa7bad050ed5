/**
 * Placeholders in certificate templates: `{{recipient.name}}`, `{{ issued_on }}`, `{{credential.name}}`,
 * Accredible-style attribute names (`recipient_name`, `course_name`, `group_name`, `issued_on`,
 * `expired_on`, `credential_id`, …) and the credential's custom attributes (`{{grade}}` or
 * `{{attributes.grade}}`). Values are plain text: sanitize-html.ts puts them into text nodes and
 * attribute values of the already-parsed template, never into markup. An unknown placeholder
 * renders empty and is reported once per page (console.warn), and in every render's result.
 *
 * Where a placeholder may go (`attributePlaceholderProblem`): text, and attributes that are text to
 * the browser (title, alt, aria-*, data-*, …). Never into a URL, an attribute that becomes one, or
 * CSS: personal data never leaves in a request. The one exception is a link (`<a href>`, SVG
 * `<a href|xlink:href>`, `<area href>`) whose whole value is one of the credential's own URLs
 * (`{{credential.url}}`, `{{verify_url}}`, `{{issuer.url}}` and their aliases), checked by the URL
 * policy after it is filled.
 */
import type { CredentialView } from '../model/types.js';
import { formatDate } from './format-date.js';

const LONG = { style: 'long' } as const;

/** `{{ key }}` (or `{{{ key }}}`, treated the same: values are always escaped). */
export const PLACEHOLDER_PATTERN = /\{\{\{?\s*([A-Za-z_][\w.-]*)\s*\}?\}\}/g;

/** Whether `text` holds a placeholder. */
export function hasPlaceholder(text: string): boolean {
  return text.includes('{{') && new RegExp(PLACEHOLDER_PATTERN.source).test(text);
}

/** Resolves a placeholder key: a string (possibly empty), or `null` when the key is unknown. */
export type PlaceholderResolver = (key: string) => string | null;

function normalize(key: string): string {
  return key.trim().toLowerCase().replace(/-/g, '_');
}

/** The built-in keys and where their values come from. */
function builtins(view: CredentialView, locale: string | undefined): Map<string, () => string | undefined> {
  const map = new Map<string, () => string | undefined>();
  const add = (keys: string[], get: () => string | undefined) => keys.forEach((key) => map.set(key, get));
  const link = (...rels: string[]) => view.links.find((l) => rels.includes(l.rel))?.url;
  add(['recipient.name', 'recipient_name', 'learner.name', 'learner_name', 'student_name'], () => view.recipient?.name);
  add(['recipient.email', 'recipient_email', 'learner.email'], () => view.recipient?.email);
  add(['recipient.id', 'recipient_id'], () => view.recipient?.id);
  add(['credential.name', 'credential_name', 'course_name', 'course.name', 'group_name', 'group.name', 'achievement.name', 'achievement_name', 'title', 'name'], () => view.title);
  add(['credential.description', 'description', 'course_description', 'group.description', 'achievement.description'], () => view.description);
  add(['credential.id', 'credential_id', 'id'], () => view.id);
  add(['credential.type', 'achievement_type', 'credential_type', 'achievement.type'], () => view.achievementType);
  add(['issuer.name', 'issuer_name', 'organization_name', 'organization.name', 'institution_name'], () => view.issuer?.name);
  add(['issuer.url', 'issuer_url', 'organization_url'], () => view.issuer?.url);
  add(['issuer.email', 'issuer_email'], () => view.issuer?.email);
  add(['issued_on', 'issue_date', 'issued', 'date', 'credential.issued_on', 'credential.issued', 'credential.issue_date'], () => formatDate(view.issued, locale, LONG));
  add(['expired_on', 'expires_on', 'expiry_date', 'expiration_date', 'expires', 'credential.expired_on', 'credential.expires'], () => formatDate(view.expires, locale, LONG));
  add(['credential.url', 'credential_url', 'url'], () => link('page', 'verify'));
  add(['verify_url', 'verification_url', 'credential.verify_url'], () => link('verify', 'page'));
  add(['credits', 'credits_earned', 'credential.credits'], () => (view.credits === undefined ? undefined : String(view.credits)));
  add(['criteria', 'criteria_narrative', 'credential.criteria'], () => view.criteria?.narrative);
  view.signatories.forEach((signatory, i) => {
    // signatories.0.name (0-based, as ibl.ai lists them), signatory.1.name / signatory_1_name (1-based), signatory.name (the first)
    add([`signatories.${i}.name`, `signatory.${i + 1}.name`, `signatory_${i + 1}_name`, ...(i === 0 ? ['signatory.name', 'signatory_name'] : [])], () => signatory.name);
    add([`signatories.${i}.title`, `signatory.${i + 1}.title`, `signatory_${i + 1}_title`, ...(i === 0 ? ['signatory.title', 'signatory_title'] : [])], () => signatory.title);
  });
  return map;
}

/** Keys whose values are URLs of the credential or its issuer: the only ones a link may take. */
const URL_KEYS = new Set(['credential.url', 'credential_url', 'url', 'verify_url', 'verification_url', 'credential.verify_url', 'issuer.url', 'issuer_url', 'organization_url']);
/** Attributes that are text to the browser: never fetched, never parsed as CSS or a URL. */
const TEXT_ATTRIBUTES = new Set(['title', 'alt', 'abbr', 'datetime', 'value', 'label', 'summary', 'alttext']);
const WHOLE_PLACEHOLDER = new RegExp(`^\\s*${PLACEHOLDER_PATTERN.source}\\s*$`);

/**
 * Why a placeholder may not fill attribute `name` of element `tag` holding `value` (both lowercase), or
 * `null` when it may.
 */
export function attributePlaceholderProblem(tag: string, name: string, value: string): string | null {
  if (TEXT_ATTRIBUTES.has(name) || name.startsWith('data-') || name.startsWith('aria-')) return null;
  if ((name === 'href' || name === 'xlink:href') && (tag === 'a' || tag === 'area')) {
    const key = WHOLE_PLACEHOLDER.exec(value)?.[1];
    return key !== undefined && URL_KEYS.has(normalize(key)) ? null : 'a link takes only a URL placeholder ({{credential.url}}, {{verify_url}}, {{issuer.url}}) as its whole value';
  }
  return 'placeholders fill text and text attributes (title, alt, aria-*, data-*), never a URL or CSS';
}

/** A resolver for one credential. Built-in keys come first, then the custom attributes. */
export function placeholderResolver(view: CredentialView, locale?: string): PlaceholderResolver {
  const known = builtins(view, locale);
  const attributes = new Map<string, string>();
  for (const [key, value] of Object.entries(view.attributes ?? {})) {
    if (typeof value !== 'string') continue;
    attributes.set(normalize(key), value);
    attributes.set(normalize(key.replace(/\s+/g, '_')), value);
  }
  return (raw) => {
    const key = normalize(raw);
    const builtin = known.get(key);
    if (builtin) return builtin() ?? '';
    // A signatory the credential does not have: known, empty (templates list a fixed number of them).
    if (/^(?:signatories\.\d+|signatory[._]\d+)[._](?:name|title)$/.test(key)) return '';
    const bare = key.replace(/^(?:attributes|custom_attributes|metadata|credential\.attributes)\./, '');
    return attributes.get(bare) ?? null;
  };
}

/** Replaces every placeholder in `text`; unknown keys become '' and are added to `unknown`. */
export function substitutePlaceholders(text: string, resolve: PlaceholderResolver, unknown: Set<string>): string {
  if (!text.includes('{{')) return text;
  return text.replace(PLACEHOLDER_PATTERN, (_, key: string) => {
    const value = resolve(key);
    if (value === null) {
      unknown.add(key);
      return '';
    }
    return value;
  });
}

const warned = new Set<string>();

/** One console warning per distinct unknown placeholder for the life of the page. */
export function warnUnknownPlaceholders(keys: Iterable<string>): void {
  for (const key of keys) {
    if (warned.has(key)) continue;
    warned.add(key);
    console.warn(`credential-elements: the certificate template uses the unknown placeholder {{${key}}}; it renders empty.`);
  }
}
