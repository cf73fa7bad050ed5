/**
 * Reading grades as a registrar does: which result of a credential is its grade, what a letter grade is worth on the
 * common 4.0 scale, and which of several credentials for one achievement (a course retaken) is its best result.
 * Only letter grades on that scale have points; any other grade is shown as given and left out of computed GPAs.
 */
import type { CredentialView, ResultView } from './types.js';

/** Grade points of letter grades on the common US 4.0 scale. */
const POINTS: Readonly<Record<string, number>> = {
  'A+': 4,
  A: 4,
  'A-': 3.7,
  'B+': 3.3,
  B: 3,
  'B-': 2.7,
  'C+': 2.3,
  C: 2,
  'C-': 1.7,
  'D+': 1.3,
  D: 1,
  'D-': 0.7,
  F: 0,
};

/** Result types that are grades, in the order a row shows them (OB 3.0 ResultType). */
const GRADE_TYPES = ['LetterGrade', 'Percent', 'GradePointAverage', 'RubricScore', 'ScaledScore', 'RawScore', 'RubricCriterionLevel', 'Status'];

/** The result that is a credential's grade: the first of a grade type, else the first that is not a term. */
export function gradeOf(credential: Pick<CredentialView, 'results'>): ResultView | undefined {
  for (const type of GRADE_TYPES) {
    const found = credential.results.find((result) => result.type === type);
    if (found) return found;
  }
  return credential.results.find((result) => !result.type && !/\bterm\b/i.test(result.label));
}

/** The stated grade point average among a credential's results (OB 3.0 resultType GradePointAverage). */
export function statedGpaOf(credential: Pick<CredentialView, 'results'>): ResultView | undefined {
  return credential.results.find((result) => result.type === 'GradePointAverage' && Number.isFinite(Number(result.value)));
}

/** Points of a letter grade on the 4.0 scale; undefined for anything else (a percentage, a level, a GPA). */
export function gradePoints(result: ResultView | undefined): number | undefined {
  if (!result || (result.type && result.type !== 'LetterGrade')) return undefined;
  const letter = result.value.trim().toUpperCase().replace(/\s+/g, '').replace('−', '-');
  return Object.hasOwn(POINTS, letter) ? POINTS[letter] : undefined;
}

/** Credits a credential's course was worth (attempted): the achievement's creditsAvailable, else what was earned. */
export function creditsAttempted(credential: Pick<CredentialView, 'credits' | 'creditsAvailable'>): number | undefined {
  return credential.creditsAvailable ?? credential.credits;
}

/**
 * Orders two credentials for the same achievement, best first: the higher grade on the 4.0 scale, else the higher
 * percentage, else more credits earned, else the later one.
 */
export function compareAttempts(a: CredentialView, b: CredentialView): number {
  const points = (gradePoints(gradeOf(b)) ?? -1) - (gradePoints(gradeOf(a)) ?? -1);
  if (points) return points;
  const percent = (view: CredentialView) => {
    const grade = gradeOf(view);
    const value = grade?.type === 'Percent' ? Number.parseFloat(grade.value) : NaN;
    return Number.isFinite(value) ? value : -1;
  };
  const percents = percent(b) - percent(a);
  if (percents) return percents;
  const credits = (b.credits ?? -1) - (a.credits ?? -1);
  if (credits) return credits;
  return (b.issued ?? '').localeCompare(a.issued ?? '');
}

/** The best of each group of items for one achievement: a Set of the items counted. */
export function bestAttempts<T extends { achievementId: string; credential: CredentialView }>(items: readonly T[]): Set<T> {
  const best = new Map<string, T>();
  for (const item of items) {
    const current = best.get(item.achievementId);
    if (!current || compareAttempts(item.credential, current.credential) < 0) best.set(item.achievementId, item);
  }
  return new Set(best.values());
}

/** A grade point average of (points, weight) pairs, to two decimals; undefined when nothing carries weight. */
export function averageOf(grades: ReadonlyArray<{ points: number; weight: number }>): number | undefined {
  let weight = 0;
  let total = 0;
  for (const grade of grades) {
    if (!(grade.weight > 0)) continue;
    weight += grade.weight;
    total += grade.points * grade.weight;
  }
  return weight ? Math.round((total / weight) * 100) / 100 : undefined;
}
