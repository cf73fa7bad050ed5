// The jsonld context-caching patch (scripts/patch-jsonld.mjs) is in place: every engine test then runs on it,
// and the fixture and tamper suites show it changes no canonical form.
import { describe, it } from 'node:test';
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

describe('jsonld context caching patch', () => {
  it('is applied to the installed jsonld', () => {
    const source = readFileSync(createRequire(import.meta.url).resolve('jsonld/lib/context.js'), 'utf8');
    assert.match(source, /credential-elements: context caching patch/);
    assert.doesNotMatch(source, /return this\.previousContext\.clone\(\);/);
  });
});
