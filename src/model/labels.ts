/**
 * The words the display model writes itself (the credentials' own texts aside): labels of the facts it reads, the
 * default names of results, and the seasons of the terms it works out from dates. In English, as programs read them
 * in `credential-load`; the elements put them in the reader's language (src/elements/shared/model-words.ts).
 */
export const MODEL_LABELS = {
  code: 'Code',
  fieldOfStudy: 'Field of study',
  specialization: 'Specialization',
  creditsAvailable: 'Credits available',
  validFor: 'Valid for',
  grade: 'Grade',
  result: 'Result',
} as const;

/** The seasons a term is named by ("Fall 2024"): Spring (January–May), Summer (June–July), Fall (August–December). */
export const SEASONS = ['Spring', 'Summer', 'Fall'] as const;
export type Season = (typeof SEASONS)[number];

/** The units of a validity period ("3 years 2 months"), as the model writes them. */
export const DURATION_UNITS = ['years', 'months', 'days'] as const;
