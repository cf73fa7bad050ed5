// Every message id the elements use has a Spanish translation, and no translation is left over.
import { describe, it } from 'node:test';
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { templates } from '../../src/locales/es.js';

const elements = fileURLToPath(new URL('../../src/elements/', import.meta.url));

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

function usedIds(): Map<string, number> {
  const ids = new Map<string, number>();
  for (const file of sources(elements)) {
    const text = readFileSync(file, 'utf8');
    // msg('…', { id: 'x' }) and msg(str`…${a}…`, { id: 'x' }): the id and the number of expressions.
    for (const match of text.matchAll(/msg\(\s*(str)?(`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*')\s*,\s*\{\s*id:\s*'([^']+)'/g)) {
      const expressions = match[1] ? (match[2]!.match(/\$\{/g)?.length ?? 0) : 0;
      ids.set(match[3]!, expressions);
    }
  }
  return ids;
}

describe('Spanish messages (src/locales/es.ts)', () => {
  it('translate every message the elements use, with the same expressions', () => {
    const used = usedIds();
    assert.ok(used.size > 80, `found only ${used.size} messages`);
    const es = templates as Record<string, string | { strTag: true; values: number[] }>;
    for (const [id, expressions] of used) {
      const translation = es[id];
      assert.ok(translation !== undefined, `no Spanish for "${id}"`);
      const values = typeof translation === 'string' ? [] : translation.values;
      assert.deepEqual([...values].sort(), [...Array(expressions).keys()], `"${id}" must use each of the ${expressions} expressions once`);
    }
    for (const id of Object.keys(es)) assert.ok(used.has(id), `"${id}" is translated but never used`);
  });
});
