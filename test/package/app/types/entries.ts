// Every entry's declarations, as an app imports them.
import { CredentialBadge, CredentialError, type CredentialView, type VerificationReport } from 'credential-elements';
import { ClrTranscript } from 'credential-elements/clr-transcript';
import { CredentialVerify } from 'credential-elements/credential-verify';
import { verifyCredential, createDocumentLoader } from 'credential-elements/verify';
import { requestVerification } from 'credential-elements/verify-client';
import { CredentialBadge as Badge } from 'credential-elements/credential-badge';

export async function check(input: unknown): Promise<VerificationReport> {
  const badge: CredentialBadge = new Badge();
  badge.layout = 'card';
  const elements: HTMLElement[] = [badge, new ClrTranscript(), new CredentialVerify()];
  void elements;
  void createDocumentLoader();
  const report = await verifyCredential(input, { network: false });
  const view: CredentialView | undefined = undefined;
  void view;
  if (!report.verified) throw new CredentialError('INVALID_INPUT', 'not verified');
  return requestVerification(input);
}
