// The messages the elements use, read from their source: each msg() id with its English text and number of
// expressions, and each countMessage() id (a message in plural forms). What the locale tests hold the modules to.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SourceMessage {
  /** The English text, expressions written ${0}, ${1}, … in order. */
  english: string;
  expressions: number;
  /** A message in plural forms (countMessage): the locale writes `<id>.<category>` for each of its categories. */
  plural: boolean;
}

const elements = fileURLToPath(new URL('../../src/elements/', import.meta.url));

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

const LITERAL = String.raw`(str)?(\`(?:[^\`\\]|\\.)*\`|'(?:[^'\\]|\\.)*')`;

/** A source literal ('…' or `…${x}…`) as text with numbered expressions. */
function english(tagged: string | undefined, literal: string): { text: string; expressions: number } {
  const body = literal.slice(1, -1).replace(/\\(.)/g, '$1');
  if (!tagged) return { text: body, expressions: 0 };
  let index = 0;
  const text = body.replace(/\$\{[^}]*\}/g, () => `\${${index++}}`);
  return { text, expressions: index };
}

export function sourceMessages(): Map<string, SourceMessage> {
  const messages = new Map<string, SourceMessage>();
  const add = (id: string, message: SourceMessage, file: string) => {
    const known = messages.get(id);
    if (known && (known.english !== message.english || known.plural !== message.plural)) {
      throw new Error(`message "${id}" has two English texts ("${known.english}", "${message.english}"), in ${file} and elsewhere`);
    }
    messages.set(id, message);
  };
  for (const file of sources(elements)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(new RegExp(String.raw`\bmsg\(\s*${LITERAL}\s*,\s*\{\s*id:\s*'([^']+)'`, 'g'))) {
      const { text: source, expressions } = english(match[1], match[2]!);
      add(match[3]!, { english: source, expressions, plural: false }, file);
    }
    for (const match of text.matchAll(new RegExp(String.raw`\bcountMessage\(\s*[^,]+,\s*'([^']+)',\s*\{\s*one:\s*${LITERAL}\s*,\s*other:\s*${LITERAL}`, 'g'))) {
      const { text: source, expressions } = english(match[4], match[5]!);
      add(match[1]!, { english: source, expressions, plural: true }, file);
    }
  }
  return messages;
}

export type Translation = string | { strTag: true; strings: readonly string[]; values: number[] };

/** A translation as text with its expressions numbered as in the source (${0} is the source's first). */
export function translationText(translation: Translation): string {
  if (typeof translation === 'string') return translation;
  return translation.strings.map((part, index) => (index < translation.values.length ? `${part}\${${translation.values[index]}}` : part)).join('');
}

/** The expressions a translation uses, in its order. */
export function translationValues(translation: Translation): number[] {
  return typeof translation === 'string' ? [] : [...translation.values];
}
