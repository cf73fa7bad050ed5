// The verification engine: isomorphic (browser and Node), never throws, never fetches a JSON-LD context.
export { verifyCredential } from './verify-credential.js';
export { bundledContexts, createDocumentLoader } from './contexts/index.js';
export { clearNetworkCache } from './net.js';
export { nestedCredentials, nestedCheck } from './nested.js';
export { joinNested } from './report.js';
// A `fetch` option that sends the look-ups through the secrets proxy's lookup route.
export { lookupThroughProxy, type LookupProxyOptions } from '../sources/lookup-proxy.js';
export type { Check, CheckId, CheckStatus, ReasonCode, CredentialKind, CredentialSummary, ReportStatus, VerificationReport, VerifyOptions } from './types.js';
