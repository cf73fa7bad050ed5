// elements/clr-transcript/rows.ts: transcript order from the association graph (one row per entry), and the search and type filter.
import { describe, expect, it } from '../../helpers/harness.js';
import { achievementTypes, matchingRows, rowPath, transcriptRows } from '../../../src/elements/clr-transcript/rows.js';
import type { CredentialView, TranscriptEntry, TranscriptView } from '../../../src/model/types.js';

export function entry(id: string, title: string, children: string[] = [], extra: Partial<CredentialView> = {}, term?: string, key = id): TranscriptEntry {
  const credential: CredentialView = { id: `urn:c:${key}`, provider: 'clr', title, results: [], evidence: [], endorsements: [], alignments: [], attributes: {}, links: [], signatories: [], tags: [], raw: {}, ...extra };
  return { key, achievementId: id, credential, children, ...(term ? { term } : {}) };
}

export function transcript(entries: TranscriptEntry[], roots: string[]): TranscriptView {
  return { id: 'urn:clr', title: 'Record', learner: {}, issuer: { name: 'School' }, entries, roots, associations: [], credits: { total: 0, byTerm: {}, repeats: 0 }, raw: {} };
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

  it('gives every entry for one achievement (a course taken twice) a row of its own, in document order', () => {
    const twice = transcript(
      [
        entry('p', 'Program', ['c']),
        entry('c', 'Calculus', ['k'], {}, 'Fall 2024', 'first'),
        entry('k', 'Limits'),
        entry('c', 'Calculus', ['k'], {}, 'Spring 2025', 'second'),
      ],
      ['p'],
    );
    const rows = transcriptRows(twice);
    expect(rows.map((row) => `${row.depth}:${row.entry.key}`)).to.deep.equal(['0:p', '1:first', '1:second', '2:k']);
    expect(rowPath(rows[3]!)).to.deep.equal(['Program', 'Calculus']);
  });

  it('walks a very deep graph (20,000 levels) without running out of stack', () => {
    const count = 20_000;
    const entries = Array.from({ length: count }, (_, index) => entry(`n${index}`, `Node ${index}`, index + 1 < count ? [`n${index + 1}`] : []));
    const rows = transcriptRows(transcript(entries, ['n0']));
    expect(rows).to.have.length(count);
    expect(rows.at(-1)!.depth).to.equal(count - 1);
  });

  it('matches title, description, type (as named or as shown), term and results in any case, and filters by type', () => {
    const rows = transcriptRows(view);
    const keys = (found: Set<string>) => [...found];
    expect(keys(matchingRows(rows, '  a- ', ''))).to.deep.equal(['c1']);
    expect(keys(matchingRows(rows, 'FALL', ''))).to.deep.equal(['c1']);
    expect(keys(matchingRows(rows, 'floating', ''))).to.deep.equal(['lost']);
    expect(keys(matchingRows(rows, '', 'Competency'))).to.deep.equal(['k1', 'k2']);
    expect(keys(matchingRows(rows, 'two', 'Course'))).to.deep.equal(['c2']);
    expect(keys(matchingRows(rows, 'curso', '', (type) => (type === 'Course' ? 'Curso' : type)))).to.deep.equal(['c1', 'c2']);
    expect(matchingRows(rows, ' ', '').size).to.equal(rows.length);
  });

  it('lists the achievement types, sorted, once each', () => {
    expect(achievementTypes(view)).to.deep.equal(['Competency', 'Course', 'Diploma']);
  });
});
