/**
 * Riverside Community College: the achievements of one learner's two years, as plain data.
 * Programs, courses and competencies, with terms, grades, credits and the links between them.
 */

import { SEAL_IMAGE } from './images.js';

export const SCHOOL = {
  name: 'Riverside Community College',
  url: 'https://www.riverside-cc.example.edu',
  email: 'registrar@riverside-cc.example.edu',
  description: 'A public two-year college offering associate degrees and certificates.',
  image: SEAL_IMAGE,
  achievementBase: 'https://www.riverside-cc.example.edu/achievements/',
  credentialBase: 'https://www.riverside-cc.example.edu/credentials/',
};

export const LEARNER = {
  name: 'Maya Chen',
  email: 'maya.chen@students.riverside-cc.example.edu',
  studentId: 'RCC-2023-04817',
};

export interface Term {
  name: string;
  start: string;
  end: string;
}

export const TERMS: Record<string, Term> = {
  summer2023: { name: 'Summer 2023', start: '2023-06-05T00:00:00Z', end: '2023-07-28T00:00:00Z' },
  fall2023: { name: 'Fall 2023', start: '2023-08-28T00:00:00Z', end: '2023-12-15T00:00:00Z' },
  spring2024: { name: 'Spring 2024', start: '2024-01-16T00:00:00Z', end: '2024-05-10T00:00:00Z' },
  fall2024: { name: 'Fall 2024', start: '2024-08-26T00:00:00Z', end: '2024-12-13T00:00:00Z' },
  spring2025: { name: 'Spring 2025', start: '2025-01-14T00:00:00Z', end: '2025-05-09T00:00:00Z' },
};

export interface SchoolAchievement {
  key: string;
  /** A second try at an achievement already listed (a course retaken): its credential gets its own id. */
  attempt?: number;
  name: string;
  code?: string;
  achievementType: 'Course' | 'Competency' | 'Diploma' | 'AssociateDegree';
  description: string;
  criteria: string;
  term: keyof typeof TERMS;
  credits?: number;
  grade?: string;
  /** Competencies: the proficiency reached. */
  level?: string;
  /** Degrees: the conferral date (awardedDate), when it differs from the end of the term. */
  awarded?: string;
  alignment?: { name: string; url: string; framework: string; code: string };
  evidence?: { name: string; narrative: string; url: string };
}

export const ACHIEVEMENTS: SchoolAchievement[] = [
  {
    key: 'cs101',
    code: 'CS 101',
    name: 'Introduction to Programming',
    achievementType: 'Course',
    description: 'Variables, control flow, functions and testing in Python; weekly labs and a final project.',
    criteria: 'Completed all labs and the final project with a passing grade (C or better).',
    term: 'fall2023',
    credits: 4,
    grade: 'A',
  },
  {
    key: 'math121',
    code: 'MATH 121',
    name: 'Calculus I',
    achievementType: 'Course',
    description: 'Limits, derivatives and their applications, and an introduction to integration.',
    criteria: 'Passed the course with a grade of C or better.',
    term: 'fall2023',
    credits: 4,
    grade: 'B+',
  },
  {
    key: 'engl101',
    code: 'ENGL 101',
    name: 'College Composition',
    achievementType: 'Course',
    description: 'Academic reading and writing: argument, evidence, revision and citation.',
    criteria: 'Submitted a portfolio of four revised essays and passed with C or better.',
    term: 'fall2023',
    credits: 3,
    grade: 'A-',
  },
  {
    key: 'cs102',
    code: 'CS 102',
    name: 'Data Structures',
    achievementType: 'Course',
    description: 'Lists, stacks, queues, trees, hash tables and graphs; complexity analysis.',
    criteria: 'Passed the course with a grade of C or better.',
    term: 'spring2024',
    credits: 4,
    grade: 'A',
  },
  {
    key: 'math122',
    code: 'MATH 122',
    name: 'Calculus II',
    achievementType: 'Course',
    description: 'Techniques of integration, sequences and series, parametric equations.',
    criteria: 'Passed the course with a grade of C or better.',
    term: 'spring2024',
    credits: 4,
    grade: 'B',
  },
  {
    key: 'cs210',
    code: 'CS 210',
    name: 'Database Systems',
    achievementType: 'Course',
    description: 'Relational modelling, SQL, normalisation, transactions and indexing.',
    criteria: 'Passed the course with a grade of C or better.',
    term: 'fall2024',
    credits: 3,
    grade: 'A-',
  },
  {
    key: 'cs220',
    code: 'CS 220',
    name: 'Web Development',
    achievementType: 'Course',
    description: 'HTML, CSS, accessible interfaces and server-side JavaScript.',
    criteria: 'Passed the course with a grade of C or better.',
    term: 'fall2024',
    credits: 3,
    grade: 'A',
  },
  {
    key: 'cs290',
    code: 'CS 290',
    name: 'Capstone Project',
    achievementType: 'Course',
    description: 'A semester-long team project for a community partner, from requirements to deployment.',
    criteria: 'Delivered the project and presented it to the partner and faculty panel.',
    term: 'spring2025',
    credits: 3,
    grade: 'A',
    evidence: {
      name: 'Food bank volunteer scheduler',
      narrative: 'Led a team of four building a volunteer scheduling app now used by the Riverside Food Bank.',
      url: 'https://portfolio.riverside-cc.example.edu/maya-chen/capstone',
    },
  },
  {
    key: 'comp-algorithms',
    name: 'Algorithmic Problem Solving',
    achievementType: 'Competency',
    description: 'Chooses and implements appropriate data structures and algorithms for a problem.',
    criteria: 'Demonstrated on the Data Structures assessments at the Proficient level or above.',
    term: 'spring2024',
    level: 'Proficient',
    alignment: {
      name: 'Algorithms and complexity',
      url: 'https://competencies.example.org/cs2023/AL',
      framework: 'ACM CS2023',
      code: 'AL',
    },
  },
  {
    key: 'comp-data-modeling',
    name: 'Data Modeling',
    achievementType: 'Competency',
    description: 'Designs a normalised relational schema from requirements and queries it with SQL.',
    criteria: 'Demonstrated on the Database Systems project at the Proficient level or above.',
    term: 'fall2024',
    level: 'Advanced',
    alignment: {
      name: 'Data management',
      url: 'https://competencies.example.org/cs2023/DM',
      framework: 'ACM CS2023',
      code: 'DM',
    },
  },
  {
    key: 'comp-writing',
    name: 'Written Communication',
    achievementType: 'Competency',
    description: 'Writes clear, well-organised and well-sourced prose for an academic audience.',
    criteria: 'Portfolio scored Proficient or above on the college writing rubric.',
    term: 'fall2023',
    level: 'Proficient',
  },
  {
    key: 'as-cs',
    name: 'Associate of Science in Computer Science',
    achievementType: 'AssociateDegree',
    description: 'A two-year degree preparing students to transfer into a computer science bachelor program.',
    criteria: 'Completed 60 credits including the computer science core with a GPA of 2.0 or higher.',
    term: 'spring2025',
    grade: '3.70',
    awarded: '2025-05-16T00:00:00Z',
  },
  // Listed last, so the credentials above keep their places: a first try at Calculus I, the summer before the B+.
  {
    key: 'math121',
    attempt: 1,
    code: 'MATH 121',
    name: 'Calculus I',
    achievementType: 'Course',
    description: 'Limits, derivatives and their applications, and an introduction to integration.',
    criteria: 'Passed the course with a grade of C or better.',
    term: 'summer2023',
    credits: 4,
    grade: 'D',
  },
];

/** How the achievements relate: the degree groups the courses; each competency belongs to a course. */
export const ASSOCIATIONS: Array<{ type: string; source: string; target: string }> = [
  ...['cs101', 'math121', 'engl101', 'cs102', 'math122', 'cs210', 'cs220', 'cs290'].map((target) => ({
    type: 'isParentOf',
    source: 'as-cs',
    target,
  })),
  { type: 'isChildOf', source: 'comp-algorithms', target: 'cs102' },
  { type: 'isChildOf', source: 'comp-data-modeling', target: 'cs210' },
  { type: 'isChildOf', source: 'comp-writing', target: 'engl101' },
  { type: 'precedes', source: 'cs101', target: 'cs102' },
  { type: 'precedes', source: 'math121', target: 'math122' },
  { type: 'precedes', source: 'cs102', target: 'cs210' },
];

export const achievementId = (key: string) => `${SCHOOL.achievementBase}${key}`;
export const credentialId = (key: string, attempt?: number) =>
  `${SCHOOL.credentialBase}${LEARNER.studentId.toLowerCase()}/${key}${attempt ? `-attempt-${attempt}` : ''}`;
