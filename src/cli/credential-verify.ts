/**
 * `credential-verify [--json] [--offline] [--now ISO-DATE] [--recipient ID] [--trusted-issuer ID]... <file|url|->...`
 * Exit 0 when every input verified, 1 when any was not verified, 2 for a usage error or an input that could not be
 * read, 3 when one could not be verified right now (a look-up that decides authenticity could not complete).
 */
import { parseArgs } from 'node:util';
import { verifyCredential } from '../verify/index.js';
import { failedReport } from '../verify-client/failed-report.js';
import type { VerificationReport } from '../verify/types.js';
import { formatReport } from './format-report.js';
import { isUrl, readInput, UnreadableInput } from './read-input.js';

export const EXIT = { verified: 0, notVerified: 1, usage: 2, unverifiable: 3 } as const;

const USAGE_LINE = 'Usage: credential-verify [--json] [--offline] [--now ISO-DATE] [--recipient ID] [--trusted-issuer ID]... <file|url|->...';

const USAGE = `${USAGE_LINE}

Verifies Open Badges 3.0 / CLR 2.0 credentials (JSON-LD, VC-JWT) and Open Badges 2.0 assertions (JSON, JWS, URL),
or baked PNG/SVG badges of either. Each input is a file, a URL, or - for standard input.

  --json                print a JSON array of reports
  --offline             no network at all: no URL inputs, and no look-ups (did:web and key documents,
                        status lists, issuer profiles); a check that needs one cannot complete
  --now ISO-DATE        judge validity dates at this instant
  --recipient ID        check the credential was issued to this id or email address
  --trusted-issuer ID   an issuer id to trust (repeatable); other issuers verify with a warning
  -h, --help            show this help

Exit status:
  0  every input verified (with or without warnings)
  1  an input was not verified: a check failed (a wrong signature, revoked, expired, ...)
  2  a usage error, or an input that could not be read (no such file, a directory, a URL that
     answered with an error or a web page)
  3  could not be verified right now: a look-up that decides authenticity (the signing key, a DID
     document) could not complete, say with --offline or no connection; try again later`;

/** Usage errors: the reason, the usage line, and where the rest is. */
function usageError(reason: string): number {
  console.error(`credential-verify: ${reason}\n${USAGE_LINE}\nRun credential-verify --help for the options and exit codes.`);
  return EXIT.usage;
}

/** A report that could not reach a verdict because a look-up that decides authenticity could not complete. */
const isUnverifiable = (report: VerificationReport) => report.status === 'unverifiable';

/** The exit code of a run: unreadable input first (2), then a failure (1), then "couldn't check now" (3), else 0. */
export function exitCodeOf(reports: VerificationReport[], unreadable: number): number {
  if (unreadable) return EXIT.usage;
  if (reports.some((report) => !report.verified && !isUnverifiable(report))) return EXIT.notVerified;
  if (reports.some(isUnverifiable)) return EXIT.unverifiable;
  return EXIT.verified;
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
    const code = (error as NodeJS.ErrnoException).code;
    const option = /'([^' ]+)/.exec((error as Error).message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return usageError(`unknown option ${option ?? ''}`.trim());
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return usageError(`${option ?? 'an option'} needs a value`);
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return EXIT.verified;
  }
  if (!positionals.length) return usageError('no input: give a file, a URL or - for standard input');
  if (values.now !== undefined && Number.isNaN(Date.parse(values.now))) return usageError(`--now: "${values.now}" is not an ISO date`);
  const url = values.offline ? positionals.find(isUrl) : undefined;
  if (url) return usageError(`--offline means no network at all, so ${url} cannot be fetched: download it and give the file`);

  const reports: Array<VerificationReport & { source: string }> = [];
  const unreadable = new Set<VerificationReport>();
  for (const source of positionals) {
    let input: Uint8Array;
    try {
      input = await readInput(source);
    } catch (error) {
      const message = error instanceof UnreadableInput ? error.message : `${source}: ${(error as Error).message}`;
      console.error(`credential-verify: ${message}`);
      // In the JSON, every input has its report; on the terminal, stderr has said it.
      const report = { ...failedReport(message), source };
      unreadable.add(report);
      reports.push(report);
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

  const readable = reports.filter((report) => !unreadable.has(report));
  if (values.json) console.log(JSON.stringify(reports, null, 2));
  else if (readable.length) console.log(readable.map((report) => formatReport(report, report.source)).join('\n\n'));
  return exitCodeOf(reports, unreadable.size);
}
