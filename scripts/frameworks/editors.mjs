// Editor data from the elements read by elements.mjs: VS Code's HTML and CSS custom data, and JetBrains web-types.
const text = (value) => value.replace(/\s*\n\s*/g, ' ').trim();
const describe = (element) => text([element.summary, element.description].filter(Boolean).join('\n\n'));
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

function vscodeHtml(elements) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tag,
      description: describe(element),
      attributes: element.attributes.map((attribute) => ({
        name: attribute.name,
        description: text(attribute.description),
        ...(attribute.values ? { values: attribute.values.map((name) => ({ name })) } : {}),
      })),
      references: [],
    })),
  };
}

function vscodeCss(elements) {
  const properties = new Map();
  const parts = new Map();
  for (const element of elements) {
    for (const property of element.cssProperties) {
      if (!properties.has(property.name)) properties.set(property.name, { name: property.name, description: text(property.description ?? '') });
    }
    for (const part of element.parts) {
      const name = `::part(${part.name})`;
      const entry = parts.get(name) ?? { name, description: '' };
      entry.description = text(`${entry.description} <${element.tag}>: ${part.description ?? ''}`);
      parts.set(name, entry);
    }
  }
  const sorted = (map) => [...map.values()].sort((a, b) => a.name.localeCompare(b.name));
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    properties: sorted(properties),
    pseudoElements: sorted(parts),
  };
}

function webTypes(elements, pkg) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tag,
          description: describe(element),
          attributes: element.attributes.map((attribute) => ({
            name: attribute.name,
            description: text(attribute.description),
            ...(attribute.default ? { default: attribute.default } : {}),
            value: { type: attribute.values ? attribute.values.map((value) => `'${value}'`).join(' | ') : (attribute.type ?? 'string') },
          })),
          slots: element.slots.map((slot) => ({ name: slot.name, description: text(slot.description ?? '') })),
          events: element.events.map((event) => ({ name: event.name, description: text(event.description) })),
          js: {
            properties: element.properties.map((property) => ({ name: property.name, description: text(property.description), ...(property.type ? { type: property.type } : {}) })),
            events: element.events.map((event) => ({ name: event.name, description: text(event.description) })),
          },
          css: {
            properties: element.cssProperties.map((property) => ({ name: property.name, description: text(property.description ?? '') })),
            parts: element.parts.map((part) => ({ name: part.name, description: text(part.description ?? '') })),
          },
        })),
      },
    },
  };
}

export function editorData(elements, pkg) {
  return {
    'editors/vscode.html-custom-data.json': json(vscodeHtml(elements)),
    'editors/vscode.css-custom-data.json': json(vscodeCss(elements)),
    'editors/web-types.json': json(webTypes(elements, pkg)),
  };
}
