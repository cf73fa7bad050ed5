/**
 * The W3C examples context (https://www.w3.org/ns/credentials/examples/v2), written here: no npm package carries it.
 * It maps every term its credential does not otherwise define into the examples namespace, so the W3C
 * specifications' own test vectors (eddsa-rdfc-2022, ecdsa-rdfc-2019) can be read. Terms the other contexts define
 * (protected, as VC 2.0's are) keep their meaning. test/verify/examples-context.spec.ts checks that it is the
 * published file's JSON.
 */
export const EXAMPLES_CONTEXT_V2_URL = 'https://www.w3.org/ns/credentials/examples/v2';

export const examplesContexts: Record<string, unknown> = {
  [EXAMPLES_CONTEXT_V2_URL]: { '@context': { '@vocab': 'https://www.w3.org/ns/credentials/examples#' } },
};
