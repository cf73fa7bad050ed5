// The credential-verify command, run as a user would: exit codes (0 verified, 1 not verified, 2 usage or unreadable
// input, 3 could not be verified right now), the readable report, --json, and what it says about bad input.
import { after, before, describe, it } from 'node:test';
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { mockData } from '../../demo/mock-api/data/index.js';
import { exitCodeOf } from '../../src/cli/credential-verify.js';
import { reportWith } from '../helpers/reports.js';

const bin = fileURLToPath(new URL('../../bin/credential-verify.mjs', import.meta.url));
const fixtures = fileURLToPath(new URL('../../../shared/fixtures/credentials/dcc-vc-test-fixtures/verifiableCredentials/v2/ed25519/didKey/', import.meta.url));
const valid = fixtures + 'legacy-noStatus-noExpiry.json';
const haveFixtures = existsSync(valid);

const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input: '' });

/** Runs the command without blocking this process (the test's own server must answer it). */
function runAsync(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('credential-verify', () => {
  if (!haveFixtures) {
    it('skips the runs on ../shared/fixtures: the folder is absent', () => console.log('../shared/fixtures is absent: the verification runs of credential-verify did not run'));
  } else {
    it('exits 0 and prints each check for a valid credential', () => {
      const result = run('--offline', valid);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /^VERIFIED: Teamwork Badge/m);
      assert.match(result.stdout, /✔ proof +Proof: the Ed25519Signature2020 signature is valid\./);
    });

    it('exits 1 and says why for a tampered credential', () => {
      const result = run('--offline', valid, fixtures + 'legacy-noStatus-noExpiry-tampered.json');
      assert.equal(result.status, 1);
      assert.match(result.stdout, /NOT VERIFIED: .*tampered/);
      assert.match(result.stdout, /✖ proof +Proof: the Ed25519Signature2020 signature does not match/);
    });

    it('prints a JSON array of reports with --json, and judges dates at --now', () => {
      const result = run('--offline', '--json', '--now', '2000-01-01T00:00:00Z', valid);
      assert.equal(result.status, 1);
      const reports = JSON.parse(result.stdout);
      assert.equal(reports.length, 1);
      assert.equal(reports[0].verified, false);
      assert.match(reports[0].checks.find((check: { id: string }) => check.id === 'dates').message, /not valid yet/);
    });

    it('exits 3 when a credential could not be checked right now (its did:web document, offline), 1 when another failed', () => {
      const didWeb = fixtures + '../didWeb/oidf-noStatus-notExpired.json';
      const result = run('--offline', valid, didWeb);
      assert.equal(result.status, 3, result.stdout);
      assert.match(result.stdout, /^COULD NOT BE VERIFIED RIGHT NOW: /m);
      assert.equal(run('--offline', didWeb, fixtures + 'legacy-noStatus-noExpiry-tampered.json').status, 1);
    });

    it('exits 2 when one input of several cannot be read, and still reports the others', () => {
      const result = run('--offline', '--json', valid, '/nonexistent/credential.json');
      assert.equal(result.status, 2);
      const reports = JSON.parse(result.stdout);
      assert.deepEqual(reports.map((report: { source: string; verified: boolean }) => [report.source, report.verified]), [
        [valid, true],
        ['/nonexistent/credential.json', false],
      ]);
      assert.match(result.stderr, /\/nonexistent\/credential\.json: no such file/);
    });
  }

  it('exits 2 with the usage line for a usage error: no input, an unknown option, a bad --now, a missing value', () => {
    for (const args of [[], ['--bogus', 'x'], ['--now', 'yesterday', 'x'], ['x', '--now']]) {
      const result = run(...args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /^Usage: credential-verify /m, args.join(' '));
      assert.equal(result.stdout, '');
    }
    assert.match(run('--bogus', 'x').stderr, /^credential-verify: unknown option --bogus$/m);
    assert.match(run('x', '--now').stderr, /^credential-verify: --now needs a value$/m);
  });

  it('exits 2 for input it cannot read, and says what is wrong in words (no raw EISDIR)', () => {
    const missing = run('/nonexistent/credential.json');
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /\/nonexistent\/credential\.json: no such file/);
    assert.doesNotMatch(missing.stdout, /VERIFIED/);
    const directory = run(tmpdir());
    assert.equal(directory.status, 2);
    assert.match(directory.stderr, /is a directory, not a credential file/);
    assert.doesNotMatch(directory.stderr + directory.stdout, /EISDIR/);
    const page = run(fileURLToPath(new URL('../../demo/index.html', import.meta.url)));
    assert.equal(page.status, 2);
    assert.match(page.stderr, /is a web page \(HTML\), not a credential/);
  });

  it('--offline refuses a URL input with a usage error, and its help says it means no network at all', () => {
    const result = run('--offline', 'https://example.edu/credential.json');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--offline means no network at all/);
    const help = run('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--offline +no network at all/);
    for (const code of ['0', '1', '2', '3']) assert.match(help.stdout, new RegExp(`^  ${code}  \\S`, 'm'), `exit code ${code} documented`);
    assert.match(help.stdout, /3  could not be verified right now/);
  });

  describe('a URL input', () => {
    let server: Server;
    let origin: string;
    before(async () => {
      // A credential the mock school signed (did:key: no look-up needed).
      const credential = JSON.stringify((await mockData()).achievementCredentials[0]);
      server = createServer((req, res) => {
        if (req.url === '/page') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Our badges</title><p>See our badges.</p>');
        else if (req.url === '/page-as-json') res.writeHead(200, { 'content-type': 'application/json' }).end('\n  <!DOCTYPE html><html><body>Sign in</body></html>');
        else if (req.url === '/credential.json') res.writeHead(200, { 'content-type': 'application/ld+json' }).end(credential);
        else res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => server.close());

    it('says a URL answered with a web page, whatever its content type claims, and exits 2', async () => {
      for (const path of ['/page', '/page-as-json']) {
        const result = await runAsync(`${origin}${path}`);
        assert.equal(result.status, 2, path);
        assert.match(result.stderr, new RegExp(`${origin}${path} answered with a web page \\(HTML\\), not a credential`), path);
        assert.doesNotMatch(result.stderr + result.stdout, /SVG|baked/);
      }
    });

    it('says which HTTP status a URL answered, and exits 2', async () => {
      const result = await runAsync(`${origin}/missing.json`);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /missing\.json answered HTTP 404/);
    });

    it('reads a credential from a URL and verifies it', async () => {
      const result = await runAsync(`${origin}/credential.json`);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /^VERIFIED: CS 101: Introduction to Programming \(issued by Riverside Community College\)/m);
    });
  });

  it('maps outcomes to exit codes: failed 1 over unverifiable 3 over verified 0; unreadable input 2 over all', () => {
    const verified = reportWith([{ id: 'proof', status: 'success', message: 'ok' }]);
    const failed = reportWith([{ id: 'proof', status: 'failure', reason: 'signature-invalid', message: 'no' }]);
    // The engine's coming status for a look-up that could not complete (issue 10 §5).
    const unverifiable = { ...reportWith([{ id: 'key', status: 'warning', reason: 'key-unreachable', message: 'offline' }]), verified: false, status: 'unverifiable' } as unknown as typeof verified;
    assert.equal(exitCodeOf([verified], 0), 0);
    assert.equal(exitCodeOf([verified, unverifiable], 0), 3);
    assert.equal(exitCodeOf([unverifiable, failed], 0), 1);
    assert.equal(exitCodeOf([verified], 1), 2);
  });
});
