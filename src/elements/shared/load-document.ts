/**
 * Loading proper, behind load.ts's dynamic import: the request becomes one document, through the source it names
 * (each source client itself loaded on first use).
 */
import { CredentialError } from '../../errors.js';
import type { Provider } from '../../model/types.js';
import type { CredentialInput } from '../../sources/classify.js';
import type { JsonObject } from '../../sources/json.js';
import type { LoadedDocument, SourceRequest } from './load.js';
import { embeddedCredential } from '../../model/load-view.js';

export async function loadDocument(request: SourceRequest): Promise<LoadedDocument> {
  const { signal } = request;
  const http = {
    // Identical GETs are shared page-wide, per fetch function (src/sources/http.ts).
    ...(request.fetch ? { fetch: request.fetch } : {}),
    ...(request.timeoutMs ? { timeoutMs: request.timeoutMs } : {}),
  };

  if (request.credential != null) {
    const { readInlineCredential } = await import('../../sources/inline.js');
    return fromInput(readInlineCredential(request.credential), 'ob3', signal, request.verifyFetch);
  }
  if (request.src && !request.provider) {
    const { fetchCredentialUrl } = await import('../../sources/url.js');
    return fromInput(await fetchCredentialUrl(request.src, { ...http, signal }), 'ob3', signal, request.verifyFetch);
  }

  const provider = (request.provider ?? '').trim().toLowerCase();
  const base = request.apiBase?.trim() || undefined;
  const id = request.credentialId?.trim() || undefined;
  switch (provider) {
    case 'clr': {
      if (!base) throw new CredentialError('INVALID_INPUT', 'provider="clr" needs an api-base.');
      const { createClrClient } = await import('../../sources/clr.js');
      const client = createClrClient({ ...http, base, ...(request.token ? { token: request.token } : {}) });
      const document = await client.load(id, { signal });
      return documentOf(document, 'clr', true);
    }
    case 'accredible': {
      if (!id) throw new CredentialError('INVALID_INPUT', 'provider="accredible" needs a credential-id.');
      const { createAccredibleClient } = await import('../../sources/accredible.js');
      const client = createAccredibleClient({ ...http, ...(base ? { base } : {}), ...(request.token ? { apiKey: request.token } : {}) });
      return documentOf(await client.getCredential(id, { signal }), 'accredible', false);
    }
    case 'ibl': {
      if (!id || !request.org || !request.userId) throw new CredentialError('INVALID_INPUT', 'provider="ibl" needs org, user-id and credential-id.');
      const { createIblClient } = await import('../../sources/ibl.js');
      const client = createIblClient({
        ...http,
        ...(base ? { base } : {}),
        org: request.org,
        userId: request.userId,
        ...(request.token ? { apiKey: request.token } : {}),
      });
      return documentOf(await client.getCredential(id, { signal }), 'ibl', false);
    }
    default:
      throw new CredentialError('INVALID_INPUT', 'provider must be "clr", "accredible" or "ibl".');
  }
}

function documentOf(document: JsonObject | string, provider: Provider, verifiable: boolean): LoadedDocument {
  const loaded: LoadedDocument = { provider, document, original: textOf(document) };
  if (verifiable) loaded.verifiable = document;
  else {
    // Some Accredible / ibl.ai records embed a signed OB 3.0 credential; verify that when it is there.
    const embedded = embeddedCredential(document);
    if (embedded) loaded.verifiable = embedded;
  }
  return loaded;
}


async function fromInput(input: CredentialInput, provider: Provider, signal: AbortSignal, verifyFetch?: typeof fetch): Promise<LoadedDocument> {
  if (input.kind === 'json') {
    const isClr = typesOf(input.credential).includes('ClrCredential');
    return documentOf(input.credential, isClr ? 'clr' : provider, true);
  }
  if (input.kind === 'vc-jwt') return documentOf(input.jwt, provider, true);
  // A baked image: the engine extracts the credential (and verifies it while at it).
  const raw = input.kind === 'png' ? input.bytes : input.text;
  const { requestVerification } = await import('../../verify-client/index.js');
  const report = await requestVerification(raw, { signal, ...(verifyFetch ? { fetch: verifyFetch } : {}) });
  if (!report.credential) throw new CredentialError('UNSUPPORTED_FORMAT', report.checks[0]?.message ?? 'The image carries no credential.');
  const isClr = typesOf(report.credential).includes('ClrCredential');
  return { provider: isClr ? 'clr' : provider, document: report.credential, verifiable: raw, report, original: textOf(report.credential) };
}

function typesOf(credential: JsonObject): string[] {
  const type = credential['type'];
  return Array.isArray(type) ? type.map(String) : typeof type === 'string' ? [type] : [];
}

function textOf(document: JsonObject | string): string {
  return typeof document === 'string' ? document : JSON.stringify(document, null, 2);
}
