// The credential-verify command, run as a user would: exit codes, the readable report, and --json.
import { describe, it } from 'node:test';
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/credential-verify.mjs', import.meta.url));
const fixtures = fileURLToPath(new URL('../../../shared/fixtures/credentials/dcc-vc-test-fixtures/verifiableCredentials/v2/ed25519/didKey/', import.meta.url));

const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input: '' });

describe('credential-verify', () => {
  it('exits 0 and prints each check for a valid credential', () => {
    const result = run('--offline', fixtures + 'legacy-noStatus-noExpiry.json');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^VERIFIED: Teamwork Badge/m);
    assert.match(result.stdout, /✔ proof +Proof: the Ed25519Signature2020 signature is valid\./);
  });

  it('exits 1 and says why for a tampered credential', () => {
    const result = run('--offline', fixtures + 'legacy-noStatus-noExpiry.json', fixtures + 'legacy-noStatus-noExpiry-tampered.json');
    assert.equal(result.status, 1);
    assert.match(result.stdout, /NOT VERIFIED: .*tampered/);
    assert.match(result.stdout, /✖ proof +Proof: the Ed25519Signature2020 signature does not match/);
  });

  it('prints a JSON array of reports with --json, and judges dates at --now', () => {
    const result = run('--offline', '--json', '--now', '2000-01-01T00:00:00Z', fixtures + 'legacy-noStatus-noExpiry.json');
    assert.equal(result.status, 1);
    const reports = JSON.parse(result.stdout);
    assert.equal(reports.length, 1);
    assert.equal(reports[0].verified, false);
    assert.match(reports[0].checks.find((check: { id: string }) => check.id === 'dates').message, /not valid yet/);
  });

  it('exits 3 when a credential could not be checked right now (its did:web document, offline), 1 when another failed', () => {
    const didWeb = fixtures + '../didWeb/oidf-noStatus-notExpired.json';
    const result = run('--offline', fixtures + 'legacy-noStatus-noExpiry.json', didWeb);
    assert.equal(result.status, 3, result.stdout);
    assert.match(result.stdout, /^COULD NOT BE VERIFIED RIGHT NOW: /m);
    assert.equal(run('--offline', didWeb, fixtures + 'legacy-noStatus-noExpiry-tampered.json').status, 1);
  });

  it('exits 2 for a usage error, and reports a missing file as not verified', () => {
    assert.equal(run().status, 2);
    assert.equal(run('--bogus', 'x').status, 2);
    assert.equal(run('--now', 'yesterday', 'x').status, 2);
    const missing = run('--offline', '/nonexistent/credential.json');
    assert.equal(missing.status, 1);
    assert.match(missing.stdout, /no such file/);
  });
});
