// The JSON-LD contexts the verifier trusts are pinned: scripts/contexts.sha256.json records each one's SHA-256, the
// generated module ships exactly those, and scripts/bundle-contexts.mjs (run before builds, tests and the demo)
// refuses to generate anything when a context package changes under it.
import { describe, it } from 'node:test';
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { npmContexts } from '../../src/verify/contexts/bundled.generated.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const lockFile = join(root, 'scripts/contexts.sha256.json');
const generated = join(root, 'src/verify/contexts/bundled.generated.ts');
const pinned = JSON.parse(readFileSync(lockFile, 'utf8')) as Record<string, string>;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Runs the generator against `lock`, writing into a folder of its own (never over the module a build may be reading). */
function runWithLock(lock: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'contexts-lock-'));
  try {
    writeFileSync(join(dir, 'lock.json'), JSON.stringify(lock));
    const out = join(dir, 'bundled.generated.ts');
    const result = spawnSync(process.execPath, ['scripts/bundle-contexts.mjs', '--lock', join(dir, 'lock.json'), '--out', out], { cwd: root, encoding: 'utf8' });
    return { ...result, written: existsSync(out) ? readFileSync(out, 'utf8') : undefined };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('bundled JSON-LD contexts', () => {
  it('are exactly the contexts recorded in scripts/contexts.sha256.json, byte for byte', () => {
    assert.deepEqual(Object.keys(npmContexts).sort(), Object.keys(pinned).sort());
    for (const [url, document] of Object.entries(npmContexts)) assert.equal(sha256(JSON.stringify(document)), pinned[url], url);
  });

  it('cannot be regenerated from a context that differs from its record, nor with one added or dropped', () => {
    const before = readFileSync(generated, 'utf8');
    const [first, second] = Object.keys(pinned);
    const changed = runWithLock({ ...pinned, [first!]: sha256('another context') });
    assert.equal(changed.status, 1);
    assert.match(changed.stderr, new RegExp(`\\n  ${first!.replace(/[.?/]/g, '\\$&')}\\n`));
    const { [second!]: _dropped, ...fewer } = pinned;
    const added = runWithLock(fewer);
    assert.equal(added.status, 1);
    assert.match(added.stderr, new RegExp(second!.replace(/[.?/]/g, '\\$&')));
    const extra = runWithLock({ ...pinned, 'https://example.com/context.json': sha256('x') });
    assert.equal(extra.status, 1);
    assert.match(extra.stderr, /example\.com\/context\.json/);
    // Nothing was written: the generated module is the reviewed one.
    for (const refused of [changed, added, extra]) assert.equal(refused.written, undefined);
    assert.equal(readFileSync(generated, 'utf8'), before);
    // With the record as it is, it writes exactly the module the engine ships.
    const same = runWithLock(pinned);
    assert.equal(same.status, 0);
    assert.equal(same.written, before);
  });
});
