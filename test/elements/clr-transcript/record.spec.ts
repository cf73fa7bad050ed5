// elements/clr-transcript/record.ts: the registrar's layout — term blocks in date order with their credits and GPA,
// the awards, and the record's totals counting each achievement once, at its best result.
import { describe, expect, it } from '../../helpers/harness.js';
import { recordLayout } from '../../../src/elements/clr-transcript/record.js';
import type { CredentialView, ResultView } from '../../../src/model/types.js';
import { entry, transcript } from './rows.spec.js';

const grade = (value: string): ResultView => ({ label: 'Final grade', value, type: 'LetterGrade' });
const course = (credits: number, letter: string, issued: string, extra: Partial<CredentialView> = {}): Partial<CredentialView> => ({
  achievementType: 'Course',
  credits,
  creditsAvailable: Math.max(credits, 4),
  results: [grade(letter)],
  issued,
  ...extra,
});

// A degree over four courses in three terms (listed out of order), Calculus taken twice, a competency under a course.
const view = transcript(
  [
    entry('deg', 'Associate of Science', ['cs', 'calc', 'eng'], {
      achievementType: 'AssociateDegree',
      results: [{ label: 'Cumulative GPA', value: '3.50', type: 'GradePointAverage' }],
      awarded: '2025-05-16',
    }),
    entry('cs', 'Programming', ['algo'], course(4, 'A', '2024-12-13'), 'Fall 2024'),
    entry('algo', 'Algorithms', [], { achievementType: 'Competency', results: [{ label: 'Proficiency', value: 'Proficient', type: 'RubricCriterionLevel' }] }, 'Spring 2025'),
    entry('calc', 'Calculus', [], course(4, 'B+', '2024-12-13'), 'Fall 2024', 'calc-2'),
    entry('eng', 'Composition', [], course(3, 'A-', '2025-05-09'), 'Spring 2025'),
    entry('calc', 'Calculus', [], course(0, 'F', '2024-05-10'), 'Spring 2024', 'calc-1'),
  ],
  ['deg'],
);
view.credits.repeats = 1;

describe('elements/clr-transcript/record', () => {
  const layout = recordLayout(view);

  it('puts the terms in date order, each course with what sits under it, whatever its own term', () => {
    expect(layout.terms.map((block) => block.term)).to.deep.equal(['Spring 2024', 'Fall 2024', 'Spring 2025']);
    expect(layout.terms[1]!.rows.map((row) => `${row.depth}:${row.entry.key}`)).to.deep.equal(['0:cs', '1:algo', '0:calc-2']);
    expect(layout.awards.map((row) => row.entry.key)).to.deep.equal(['deg']);
    expect(layout.rows.map((row) => row.entry.key)).to.deep.equal(['calc-1', 'cs', 'algo', 'calc-2', 'eng', 'deg']);
  });

  it('totals each term: credits attempted and earned, and a GPA computed from its letter grades', () => {
    expect(layout.terms[0]).to.deep.include({ attempted: 4, earned: 0, gpa: 0 });
    // (4 × 4.0 + 4 × 3.3) / 8
    expect(layout.terms[1]).to.deep.include({ attempted: 8, earned: 8, gpa: 3.65 });
    expect(layout.terms[2]).to.deep.include({ attempted: 4, earned: 3, gpa: 3.7 });
  });

  it('counts each achievement once, at its best result, and takes the cumulative GPA the degree states', () => {
    expect([...layout.counted].sort()).to.deep.equal(['algo', 'calc-2', 'cs', 'deg', 'eng']);
    expect(layout.totals).to.deep.equal({ repeats: 1, earned: 11, attempted: 16, gpa: { value: '3.50', stated: true, label: 'Cumulative GPA' } });
  });

  it('computes the cumulative GPA from the counted letter grades when no award states one', () => {
    const unstated = transcript(view.entries.filter((item) => item.key !== 'deg'), ['cs', 'calc', 'eng']);
    // (4 × 4.0 + 4 × 3.3 + 4 × 3.7) / 12: the F left out for the B+, attempts weighted by what they were worth.
    expect(recordLayout(unstated).totals.gpa).to.deep.equal({ value: '3.67', stated: false });
  });

  it('leaves out what the data does not have: no attempted credits, no GPA without letter grades', () => {
    const plain = transcript([entry('a', 'A', [], { achievementType: 'Course', credits: 3, results: [{ label: 'Score', value: '92', type: 'Percent' }] }, 'Fall 2024')], ['a']);
    const { terms, totals } = recordLayout(plain);
    expect(terms[0]).to.deep.equal({ term: 'Fall 2024', rows: terms[0]!.rows, earned: 3 });
    expect(totals).to.deep.equal({ repeats: 0, earned: 3 });
  });

  it('puts the entries of no term last, in a block of their own', () => {
    const mixed = transcript([entry('x', 'X'), entry('y', 'Y', [], {}, 'Fall 2020')], ['x', 'y']);
    expect(recordLayout(mixed).terms.map((block) => block.term)).to.deep.equal(['Fall 2020', undefined]);
  });
});
