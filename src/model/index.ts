// The display model: types and the mappers from each provider's documents. Explicit re-exports only.
export type * from './types.js';
export { credentialViewFromOb3, type Ob3MapOptions } from './ob3.js';
export { credentialViewFromOb2, type Ob2MapOptions } from './ob2.js';
export { transcriptFromClr, UNSCHEDULED_TERM } from './clr.js';
export { credentialViewFromAccredible } from './accredible.js';
export { credentialViewFromIbl } from './ibl.js';
export { isoDate, text as textOf, termOfDate } from './values.js';
