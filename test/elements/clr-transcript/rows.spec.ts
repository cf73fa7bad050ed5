// elements/clr-transcript/rows.ts: transcript order from the association graph, and the search and type filter.
import { describe, expect, it } from '../../harness.js';
import { achievementTypes, filterRows, rowPath, transcriptRows } from '../../../src/elements/clr-transcript/rows.js';
import type { CredentialView, TranscriptEntry, TranscriptView } from '../../../src/model/types.js';

function entry(id: string, title: string, children: string[] = [], extra: Partial<CredentialView> = {}, term?: string): TranscriptEntry {
  const credential: CredentialView = { id: `urn:c:${id}`, provider: 'clr', title, results: [], evidence: [], endorsements: [], alignments: [], attributes: {}, links: [], signatories: [], tags: [], raw: {}, ...extra };
  return { achievementId: id, credential, children, ...(term ? { term } : {}) };
}

function transcript(entries: TranscriptEntry[], roots: string[]): TranscriptView {
  return { id: 'urn:clr', title: 'Record', learner: {}, issuer: { name: 'School' }, entries, roots, associations: [], credits: { total: 0, byTerm: {} }, raw: {} };
}

const view = transcript(
  [
    entry('c1', 'Course one', ['k1', 'k2'], { achievementType: 'Course', results: [{ label: 'Grade', value: 'A-' }] }, 'Fall 2024'),
    entry('k1', 'Competency one', [], { achievementType: 'Competency' }),
    entry('lost', 'Not in the graph', [], { description: 'floating' }),
    entry('p', 'Program', ['c1', 'c2'], { achievementType: 'Diploma' }),
    entry('c2', 'Course two', ['k1'], { achievementType: 'Course' }),
    entry('k2', 'Competency two', ['p'], { achievementType: 'Competency' }),
  ],
  ['p'],
);

describe('elements/clr-transcript/rows', () => {
  it('orders rows depth-first from the roots, each once, with their depth and path; the unreached last', () => {
    const rows = transcriptRows(view);
    expect(rows.map((row) => `${row.depth}:${row.entry.achievementId}`)).to.deep.equal(['0:p', '1:c1', '2:k1', '2:k2', '1:c2', '0:lost']);
    expect(rowPath(rows.find((row) => row.entry.achievementId === 'k2')!)).to.deep.equal(['Program', 'Course one']);
    expect(rowPath(rows[0]!)).to.deep.equal([]);
  });

  it('walks a very deep graph (20,000 levels) without running out of stack', () => {
    const count = 20_000;
    const entries = Array.from({ length: count }, (_, index) => entry(`n${index}`, `Node ${index}`, index + 1 < count ? [`n${index + 1}`] : []));
    const rows = transcriptRows(transcript(entries, ['n0']));
    expect(rows).to.have.length(count);
    expect(rows.at(-1)!.depth).to.equal(count - 1);
  });

  it('searches title, description, type, term and results in any case, and filters by type', () => {
    const rows = transcriptRows(view);
    const ids = (found: typeof rows) => found.map((row) => row.entry.achievementId);
    expect(ids(filterRows(rows, '  a- ', ''))).to.deep.equal(['c1']);
    expect(ids(filterRows(rows, 'FALL', ''))).to.deep.equal(['c1']);
    expect(ids(filterRows(rows, 'floating', ''))).to.deep.equal(['lost']);
    expect(ids(filterRows(rows, '', 'Competency'))).to.deep.equal(['k1', 'k2']);
    expect(ids(filterRows(rows, 'two', 'Course'))).to.deep.equal(['c2']);
    expect(filterRows(rows, ' ', '')).to.equal(rows);
  });

  it('lists the achievement types, sorted, once each', () => {
    expect(achievementTypes(view)).to.deep.equal(['Competency', 'Course', 'Diploma']);
  });
});
