/** The states every element reflects. */
export type LoadState = 'idle' | 'loading' | 'ready' | 'error';
export type VerificationState = 'off' | 'pending' | 'verified' | 'warning' | 'unverifiable' | 'failed';
export type VerifyMode = 'auto' | 'off';
