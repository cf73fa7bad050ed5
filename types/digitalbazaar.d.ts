// The Digital Bazaar packages ship no types. They are used by tests (as the reference signer) and the benchmark
// baseline only; the library's own engine does not import them.
declare module '@digitalbazaar/vc';
declare module '@digitalbazaar/data-integrity';
declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
declare module '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
declare module '@digitalbazaar/ed25519-multikey';
declare module '@digitalbazaar/ecdsa-multikey';
declare module '@digitalbazaar/ed25519-signature-2020';
declare module '@digitalbazaar/ed25519-verification-key-2020';
declare module 'jsonld-signatures';
declare module '@digitalbazaar/did-method-key';
declare module '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
declare module '@digitalbazaar/ecdsa-jcs-2019-cryptosuite';
declare module '@digitalbazaar/ed25519-signature-2018';
declare module '@digitalbazaar/ed25519-verification-key-2018';
declare module '@digitalbazaar/ecdsa-sd-2023-cryptosuite';
