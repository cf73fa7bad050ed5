/**
 * The display model's own words (src/model/labels.ts) in the element's language: the labels of the facts it reads,
 * the default names of results, validity periods, and term names ("Fall 2024"). What the credential itself says (a
 * result the issuer named "Final grade", a custom field) is shown as issued.
 */
import { msg, str } from '@lit/localize';
import { DURATION_UNITS, MODEL_LABELS } from '../../model/labels.js';
import type { ResultView } from '../../model/types.js';
import { formatList, formatNumber, formatUnit, formatYear } from './intl.js';

/** A fact's label: the model's own ones in the element's language; a credential's own as it is. */
export function factLabel(label: string): string {
  switch (label) {
    case MODEL_LABELS.code:
      return msg('Code', { id: 'fact.code' });
    case MODEL_LABELS.fieldOfStudy:
      return msg('Field of study', { id: 'fact.field-of-study' });
    case MODEL_LABELS.specialization:
      return msg('Specialization', { id: 'fact.specialization' });
    case MODEL_LABELS.creditsAvailable:
      return msg('Credits available', { id: 'fact.credits-available' });
    case MODEL_LABELS.validFor:
      return msg('Valid for', { id: 'fact.valid-for' });
    case MODEL_LABELS.grade:
      return msg('Grade', { id: 'transcript.column-grade' });
    case MODEL_LABELS.result:
      return msg('Result', { id: 'fact.result' });
    default:
      return label;
  }
}

const UNIT = { years: 'year', months: 'month', days: 'day' } as const;
const PERIOD = new RegExp(String.raw`^\d+ (?:${DURATION_UNITS.map((unit) => `${unit.slice(0, -1)}s?`).join('|')})(?: \d+ (?:${DURATION_UNITS.map((unit) => `${unit.slice(0, -1)}s?`).join('|')}))*$`);

/** A fact's value: a number of credits or a validity period the model wrote ("3 years 2 months") in the element's language; anything else as it is. */
export function factValue(label: string, value: string): string {
  if (label === MODEL_LABELS.creditsAvailable && /^\d+(\.\d+)?$/.test(value)) return formatNumber(Number(value));
  if (label !== MODEL_LABELS.validFor || !PERIOD.test(value)) return value;
  const parts = [...value.matchAll(/(\d+) (\w+?)s?(?= |$)/g)].map(([, amount, unit]) => formatUnit(Number(amount), UNIT[`${unit}s` as keyof typeof UNIT]));
  return formatList(parts, 'unit');
}

/** A result's label: the model's default names translated; the issuer's own name (its ResultDescription's) as it is. */
export function resultLabel(result: Pick<ResultView, 'label'>): string {
  return factLabel(result.label);
}

/**
 * A term's name: "Spring 2024", "Summer 2024", "Fall 2024" (as the model names the terms it works out from dates, and as
 * US records name theirs), "Autumn 2024" and "Winter 2024" in the element's language; any other name as it is.
 */
export function termLabel(term: string): string {
  const match = /^(Spring|Summer|Fall|Autumn|Winter)\s+(\d{4})$/i.exec(term.trim());
  if (!match) return term;
  const year = formatYear(Number(match[2]));
  switch (match[1]!.toLowerCase()) {
    case 'spring':
      return msg(str`Spring ${year}`, { id: 'term.spring' });
    case 'summer':
      return msg(str`Summer ${year}`, { id: 'term.summer' });
    case 'winter':
      return msg(str`Winter ${year}`, { id: 'term.winter' });
    default:
      return msg(str`Fall ${year}`, { id: 'term.fall' });
  }
}
