/**
 * `credential-verify [--json] [--offline] [--now ISO-DATE] [--recipient ID] [--trusted-issuer ID] <file|url|->...`
 * Exit 0 when every input verified, 1 when any did not, 2 for a usage error.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { verifyCredential } from '../verify/index.js';
import { failedReport } from '../verify-client/failed-report.js';
import type { VerificationReport } from '../verify/types.js';
import { formatReport } from './format-report.js';

const USAGE = `Usage: credential-verify [--json] [--offline] [--now ISO-DATE] [--recipient ID] [--trusted-issuer ID]... <file|url|->...

Verifies Open Badges 3.0 / CLR 2.0 credentials: JSON-LD, VC-JWT, or baked PNG/SVG badges.
  --json             print a JSON array of reports
  --offline          no network use (no did:web, status lists or issuer profiles)
  --now ISO-DATE     judge validity dates at this instant
  --recipient ID     check the credential was issued to this id or email
  --trusted-issuer   an issuer id to trust (repeatable)
Exit status: 0 all verified, 1 any not verified, 2 usage error, 3 any could not be checked right now (none failed).`;

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

async function readInput(source: string, offline: boolean): Promise<Uint8Array> {
  if (source === '-') return readStdin();
  if (/^https?:\/\//i.test(source)) {
    if (offline) throw new Error(`--offline: ${source} was not fetched`);
    const response = await fetch(source, { signal: AbortSignal.timeout(15_000) });
    if (!response.ok) throw new Error(`${source} answered HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
  return new Uint8Array(await readFile(source));
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        offline: { type: 'boolean' },
        now: { type: 'string' },
        recipient: { type: 'string' },
        'trusted-issuer': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!positionals.length) {
    console.error(USAGE);
    return 2;
  }
  if (values.now !== undefined && Number.isNaN(Date.parse(values.now))) {
    console.error(`--now: "${values.now}" is not an ISO date.\n\n${USAGE}`);
    return 2;
  }

  const reports: Array<VerificationReport & { source: string }> = [];
  for (const source of positionals) {
    let input: Uint8Array;
    try {
      input = await readInput(source, !!values.offline);
    } catch (error) {
      const message = (error as NodeJS.ErrnoException).code === 'ENOENT' ? `${source}: no such file` : (error as Error).message;
      reports.push({ ...failedReport(message), source });
      continue;
    }
    const report = await verifyCredential(input, {
      network: !values.offline,
      now: values.now,
      recipient: values.recipient,
      trustedIssuers: values['trusted-issuer'],
    });
    reports.push({ ...report, source });
  }

  if (values.json) console.log(JSON.stringify(reports, null, 2));
  else console.log(reports.map((report) => formatReport(report, report.source)).join('\n\n'));
  return reports.every((report) => report.verified) ? 0 : reports.some((report) => report.status !== 'unverifiable' && !report.verified) ? 1 : 3; // 3: could not be checked right now, none failed
}
