/** What hosted or signed verification of an OB 2.0 badge gives: its checks, and what they verified. */
import type { Check } from '../types.js';
import type { AssertionFields } from './fields.js';
import type { Issued } from './issuer.js';
import type { Ob2Document } from './read.js';

export interface Verified {
  checks: Check[];
  /** The fields of what was verified (the hosted copy, the signed payload), when it could be read. */
  fields?: AssertionFields;
  /** The assertion as verified, to be shown and reported. */
  assertion?: Ob2Document;
  /** Its BadgeClass and Issuer, as their own addresses serve them. */
  issued?: Issued;
  /** Every document read along the way (for what could not be read in them). */
  documents: Ob2Document[];
}
