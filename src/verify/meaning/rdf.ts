/** The IRIs the meaning readers look for. */
export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const RDF_TYPE = `${RDF}type`;
export const RDF_FIRST = `${RDF}first`;
export const RDF_REST = `${RDF}rest`;
export const RDF_NIL = `${RDF}nil`;
export const RDF_JSON = `${RDF}JSON`;

// The OB 3.0 contexts write XSD's namespace with https: both mean XSD here.
const XSD = ['http://www.w3.org/2001/XMLSchema#', 'https://www.w3.org/2001/XMLSchema#'];
export const XSD_BOOLEAN = new Set(XSD.map((namespace) => `${namespace}boolean`));
/** XSD's numeric datatypes: their literals become JSON numbers. */
export const XSD_NUMERIC = new Set(
  ['integer', 'decimal', 'double', 'float', 'int', 'long', 'short', 'byte', 'nonNegativeInteger', 'positiveInteger', 'nonPositiveInteger', 'negativeInteger', 'unsignedInt', 'unsignedLong', 'unsignedShort', 'unsignedByte'].flatMap((name) => XSD.map((namespace) => namespace + name)),
);

export const CRED = 'https://www.w3.org/2018/credentials#';
/** The types a credential's root node has (VC 1.1 and 2.0 share the namespace). */
export const ROOT_TYPES = new Set([`${CRED}VerifiableCredential`, `${CRED}VerifiablePresentation`]);

export const SEC = 'https://w3id.org/security#';
export const SEC_PROOF = `${SEC}proof`;
export const SEC_PREVIOUS_PROOF = `${SEC}previousProof`;
/** The signature itself, which the proof options leave out (Data Integrity `proofValue`; legacy `jws`, `signatureValue`). */
export const SIGNATURE_VALUES = new Set([`${SEC}proofValue`, `${SEC}jws`, `${SEC}signatureValue`]);
