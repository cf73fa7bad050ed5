/**
 * The rows as one tab stop: arrow keys, Home and End move the focus between the rows shown, and the arrow toward the
 * inline end opens a row (right in English, left in Arabic); which rows are open, as a row is opened or closed.
 */
import { rovingMove, rovingTarget } from '../shared/roving-focus.js';

/** Handles a key on a row's summary; returns the key of the row that now holds the tab stop, if the focus moved. */
export function moveBetweenRows(event: KeyboardEvent, root: ParentNode, direction: 'ltr' | 'rtl'): string | undefined {
  const summary = event.target as HTMLElement;
  if (summary.localName !== 'summary') return undefined;
  const details = summary.parentElement as HTMLDetailsElement;
  if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
    details.open = event.key === (direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight');
    event.preventDefault();
    return undefined;
  }
  const move = rovingMove(event.key);
  if (!move) return undefined;
  const summaries = [...root.querySelectorAll<HTMLElement>('.row:not([data-hidden]) > details > summary')];
  const target = rovingTarget(summaries, summary, move);
  if (!target) return undefined;
  event.preventDefault();
  target.tabIndex = 0;
  target.focus();
  return target.closest<HTMLElement>('.row')!.dataset['key'];
}

/** The open rows after a row's `toggle` event, or undefined when it changes nothing. */
export function toggledRows(event: Event, open: ReadonlySet<string>): ReadonlySet<string> | undefined {
  const details = event.target as HTMLDetailsElement;
  const key = details.localName === 'details' ? details.closest<HTMLElement>('.row')?.dataset['key'] : undefined;
  if (key === undefined || details.open === open.has(key)) return undefined;
  const next = new Set(open);
  if (details.open) next.add(key);
  else next.delete(key);
  return next;
}
