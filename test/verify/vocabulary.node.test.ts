// The term table the view is projected with is generated from the bundled contexts; it must be the one they give.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '../helpers/harness.js';
import { OUTPUT, vocabularySource } from '../../scripts/build-vocabulary.js';
import { termOf } from '../../src/verify/meaning/vocabulary.js';

describe('the generated vocabulary', () => {
  it('is what the bundled contexts give today (run node --import tsx scripts/build-vocabulary.ts when this fails)', async () => {
    expect(readFileSync(OUTPUT, 'utf8')).to.equal(await vocabularySource());
  });

  it('names IRIs as VC 2.0 and OB 3.0.3 do, as properties and as classes', () => {
    expect(termOf('https://www.w3.org/2018/credentials#validUntil')?.term).to.equal('validUntil');
    expect(termOf('https://w3id.org/security#expiration')?.term).to.equal('expires');
    expect(termOf('https://w3id.org/security#proofPurpose')?.vocab).to.equal(true);
    expect(termOf('https://www.w3.org/ns/credentials/status#statusListCredential')?.id).to.equal(true);
    const criteria = termOf('https://purl.imsglobal.org/spec/vc/ob/vocab.html#Criteria');
    expect([criteria?.term, criteria?.typeTerm]).to.deep.equal(['criteria', 'Criteria']);
    expect(termOf('https://purl.imsglobal.org/spec/vc/ob/vocab.html#identifier')?.set).to.equal(true);
  });
});
