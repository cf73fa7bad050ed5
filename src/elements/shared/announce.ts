/** What an element's live region says: loading, an error, then the verification as it goes. */
import type { CredentialErrorDetail } from '../../events.js';
import { errorMessage, progressLabel, verificationLabel } from './messages.js';
import type { LoadState, VerificationState } from './types.js';

export interface AnnouncedState {
  state: LoadState;
  verification: VerificationState;
  failure?: CredentialErrorDetail | undefined;
  progress?: { done: number; total: number } | undefined;
}

export interface AnnouncementTexts {
  /** While loading: "Loading the credential…". */
  loading: string;
  /** While verifying, instead of the progress ("Verified 3 of 12") or "Verifying…". */
  pending?: string;
  /** A notice of the element's own ("Link copied."), said instead of the verification. */
  notice?: string;
}

export function announcement({ state, verification, failure, progress }: AnnouncedState, texts: AnnouncementTexts): string {
  if (state === 'loading') return texts.loading;
  if (state === 'error') return errorMessage(failure?.code ?? 'BAD_RESPONSE', failure?.format);
  if (state !== 'ready') return '';
  if (texts.notice) return texts.notice;
  if (verification === 'pending') return texts.pending ?? (progress ? progressLabel(progress.done, progress.total) : verificationLabel('pending'));
  return verificationLabel(verification);
}
