// The gallery's items: outcomes from reason codes, the verification ranking, the summary's counts, and what a
// query selects and in which order.
import { describe, expect, it } from '../../helpers/harness.js';
import { countOutcomes, makeItem, outcomeOf, overallOutcome, select, type GalleryItem } from '../../../src/elements/credential-gallery/items.js';
import type { LoadedDocument } from '../../../src/load/pipeline.js';
import type { CredentialView } from '../../../src/model/types.js';
import type { Check, VerificationReport } from '../../../src/verify/types.js';
import { reportWith } from '../../helpers/reports.js';

const loaded = (signed = true): LoadedDocument => ({ provider: 'ob3', kind: 'credential', document: {}, original: '{}', ...(signed ? { verifiable: {} } : {}) });
const view = (title: string, extra: Partial<CredentialView> = {}): CredentialView => ({
  id: title, provider: 'ob3', title, results: [], evidence: [], endorsements: [], alignments: [], attributes: {}, links: [], signatories: [], tags: [], raw: {}, ...extra,
});
const item = (index: number, title: string, extra: Partial<CredentialView> = {}, report?: VerificationReport, signed = true): GalleryItem => {
  const made = makeItem(index, loaded(signed), view(title, extra));
  if (report) made.report = report;
  return made;
};
const failure = (id: Check['id'], reason: Check['reason']): VerificationReport => reportWith([{ id, status: 'failure', reason, message: 'x' }]);
const unverifiable = (): VerificationReport => ({ ...reportWith([]), status: 'unverifiable' as VerificationReport['status'] });

describe('credential-gallery items', () => {
  it('reads each outcome from reason codes, the status, or the provider, never from messages', () => {
    expect(outcomeOf(item(0, 'a', {}, failure('dates', 'expired')), true)).to.equal('expired');
    expect(outcomeOf(item(0, 'a', {}, failure('status', 'revoked')), true)).to.equal('revoked');
    expect(outcomeOf(item(0, 'a', {}, failure('status', 'suspended')), true)).to.equal('suspended');
    expect(outcomeOf(item(0, 'a', {}, failure('dates', 'invalid-dates')), true)).to.equal('failed');
    expect(outcomeOf(item(0, 'a', {}, reportWith([{ id: 'dates', status: 'failure', message: 'The credential expired on 2020-01-01.' }])), true)).to.equal('failed');
    expect(outcomeOf(item(0, 'a', {}, unverifiable()), true)).to.equal('unverifiable');
    expect(outcomeOf(item(0, 'a', { revoked: true }, undefined, false), true)).to.equal('revoked');
    expect(outcomeOf(item(0, 'a', { expires: '2001-01-01T00:00:00Z' }, undefined, false), true)).to.equal('expired');
    expect(outcomeOf(item(0, 'a', {}, undefined, false), true)).to.equal('unsigned');
    expect(outcomeOf(item(0, 'a'), true)).to.equal('unchecked');
    expect(outcomeOf(makeItem(0, undefined, undefined, { code: 'NOT_FOUND', message: 'x' }), true)).to.equal('error');
  });

  it('ranks the gallery by its worst checked item: failed > unverifiable > warning > verified', () => {
    const ok = item(0, 'a', {}, reportWith([]));
    const warning = item(1, 'b', {}, reportWith([{ id: 'issuer', status: 'warning', reason: 'issuer-untrusted', message: 'x' }]));
    expect(overallOutcome([item(5, 'unchecked')])).to.equal(undefined);
    expect(overallOutcome([ok])).to.equal('verified');
    expect(overallOutcome([ok, warning])).to.equal('warning');
    expect(overallOutcome([warning, item(2, 'c', {}, unverifiable()), ok])).to.equal('unverifiable');
    expect(overallOutcome([item(3, 'd', {}, failure('dates', 'expired')), item(2, 'c', {}, unverifiable())])).to.equal('failed');
  });

  it('counts only what was checked, each under one outcome', () => {
    const counts = countOutcomes([item(0, 'a', {}, reportWith([])), item(1, 'b', {}, failure('dates', 'expired')), item(2, 'c'), item(3, 'd', {}, failure('proof', 'signature-invalid'))]);
    expect(counts).to.deep.equal({ checked: 3, verified: 1, warning: 0, expired: 1, revoked: 0, suspended: 0, unverifiable: 0, failed: 1 });
  });

  it('selects by words, type, issuer and status, and sorts by date or name (stable, as listed otherwise)', () => {
    const items = [
      item(0, 'Biology 101', { achievementType: 'Course', issued: '2024-01-01', issuer: { name: 'Riverside' } }),
      item(1, 'algebra', { achievementType: 'Course', issued: '2025-01-01', issuer: { name: 'Northwind' } }, failure('dates', 'expired')),
      item(2, 'Chemistry Certificate', { achievementType: 'Certificate', issued: '2023-01-01', issuer: { name: 'Riverside' } }, reportWith([])),
    ];
    const query = { search: '', type: '', issuer: '', status: '' as const, sort: '' as const };
    const titles = (selected: GalleryItem[]) => selected.map((entry) => entry.view!.title);
    expect(titles(select(items, query, true))).to.deep.equal(['Biology 101', 'algebra', 'Chemistry Certificate']);
    expect(titles(select(items, { ...query, search: 'RIVERSIDE chem' }, true))).to.deep.equal(['Chemistry Certificate']);
    expect(titles(select(items, { ...query, search: 'nothing' }, true, true))).to.have.length(3);
    expect(titles(select(items, { ...query, type: 'Course' }, true))).to.deep.equal(['Biology 101', 'algebra']);
    expect(titles(select(items, { ...query, issuer: 'Northwind' }, true))).to.deep.equal(['algebra']);
    expect(titles(select(items, { ...query, status: 'expired' }, true))).to.deep.equal(['algebra']);
    expect(titles(select(items, { ...query, status: 'verified' }, true))).to.deep.equal(['Chemistry Certificate']);
    expect(titles(select(items, { ...query, sort: 'date' }, true))).to.deep.equal(['algebra', 'Biology 101', 'Chemistry Certificate']);
    expect(titles(select(items, { ...query, sort: 'name' }, true))).to.deep.equal(['algebra', 'Biology 101', 'Chemistry Certificate']);
  });
});
