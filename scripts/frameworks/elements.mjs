// Reads custom-elements.json into what the framework typings and the editor data need: per element, its tag,
// class, settable attributes and properties (with TypeScript types that name the element's own property types),
// events (with their event classes), slots, parts, custom properties and states.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const isReadOnly = (entry) => entry.readonly === true || /^read-only\b/i.test(entry.description ?? '');
const isPublicField = (member) => member.kind === 'field' && !member.static && !member.privacy && !member.name.startsWith('_') && !member.name.startsWith('#');

/** `type Name = 'a' | 'b';` aliases in the elements' sources, so that editors can offer an attribute's values. */
function literalUnions(srcDir) {
  const unions = new Map();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) {
        for (const [, alias, body] of readFileSync(path, 'utf8').matchAll(/export type (\w+) = ((?:\s*\|?\s*'[^']*')+);/g)) {
          unions.set(alias, [...body.matchAll(/'([^']*)'/g)].map((match) => match[1]));
        }
      }
    }
  };
  walk(srcDir);
  return unions;
}

/** The values a type admits, when it is a union of string literals (named or written out); else undefined. */
function valuesOf(typeText, unions) {
  const parts = (typeText ?? '').split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
  const values = [];
  for (const part of parts) {
    if (/^'[^']*'$/.test(part)) values.push(part.slice(1, -1));
    else if (unions.has(part)) values.push(...unions.get(part));
    else return undefined;
  }
  return values.length ? values : undefined;
}

const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

export function readElements(manifestPath, srcDir) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const unions = literalUnions(srcDir);
  const elements = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      const fields = (declaration.members ?? []).filter(isPublicField);
      const attributes = (declaration.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        field: attribute.fieldName,
        description: attribute.description ?? '',
        type: attribute.type?.text,
        default: attribute.default,
        values: valuesOf(attribute.type?.text, unions),
        readOnly: isReadOnly(attribute),
      }));
      elements.push({
        tag: declaration.tagName,
        className: declaration.name,
        summary: declaration.summary ?? '',
        description: declaration.description ?? '',
        attributes,
        properties: fields.map((field) => ({
          name: field.name,
          description: field.description ?? '',
          type: field.type?.text,
          readOnly: isReadOnly(field),
        })),
        methods: (declaration.members ?? []).filter((member) => member.kind === 'method' && !member.privacy && !member.static).map((method) => method.name),
        events: (declaration.events ?? []).map((event) => ({
          name: event.name,
          description: event.description ?? '',
          eventClass: event.type?.text ?? 'Event',
          reactProp: `on${camel(`-${event.name}`)}`,
        })),
        slots: declaration.slots ?? [],
        parts: declaration.cssParts ?? [],
        cssProperties: declaration.cssProperties ?? [],
        cssStates: declaration.cssStates ?? [],
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The JSX props an element accepts: settable properties (camelCase) and, for kebab-case attributes, the attribute. */
export function settableProps(element) {
  const props = new Map();
  for (const property of element.properties) {
    if (!property.readOnly) props.set(property.name, { name: property.name, field: property.name, description: property.description });
  }
  for (const attribute of element.attributes) {
    if (attribute.readOnly || !attribute.field || attribute.name === attribute.field) continue;
    props.set(attribute.name, { name: attribute.name, field: attribute.field, description: `${attribute.description} (the \`${attribute.field}\` property as an attribute)` });
  }
  return [...props.values()];
}
