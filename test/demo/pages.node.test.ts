// The demo index links every demo page.
import { describe, it } from 'node:test';
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const demo = fileURLToPath(new URL('../../demo/', import.meta.url));

describe('demo/index.html', () => {
  it('links every page of the demo', () => {
    const index = readFileSync(demo + 'index.html', 'utf8');
    const linked = new Set([...index.matchAll(/href="\/demo\/([^"#?]+\.html)"/g)].map((match) => match[1]));
    const pages = readdirSync(demo).filter((name) => name.endsWith('.html') && name !== 'index.html');
    assert.ok(pages.length >= 6, `found only ${pages.length} pages`);
    for (const page of pages) assert.ok(linked.has(page), `index.html does not link ${page}`);
    assert.match(index, /href="\/mock-api\/"/);
  });
});
