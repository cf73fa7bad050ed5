/**
 * Roving focus: a list of items is one stop in the tab order (the item last focused has tabindex 0, the others -1),
 * and the arrow keys, Home and End move between its items, as in the ARIA Authoring Practices' composite widgets.
 */

export type RovingMove = 'next' | 'previous' | 'first' | 'last';

/** The move a key asks for, or undefined for a key roving focus leaves alone. */
export function rovingMove(key: string): RovingMove | undefined {
  switch (key) {
    case 'ArrowDown':
      return 'next';
    case 'ArrowUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return undefined;
  }
}

/** The item a move lands on from `current` (the first item when `current` is not one); stops at either end. */
export function rovingTarget<T>(items: readonly T[], current: T | undefined, move: RovingMove): T | undefined {
  if (!items.length) return undefined;
  const index = current === undefined ? -1 : items.indexOf(current);
  switch (move) {
    case 'first':
      return items[0];
    case 'last':
      return items[items.length - 1];
    case 'next':
      return items[index < 0 ? 0 : Math.min(index + 1, items.length - 1)];
    default:
      return items[index < 0 ? 0 : Math.max(index - 1, 0)];
  }
}

/** The key of the item that holds the tab stop: the one asked for while it is still there, else the first. */
export function rovingStop(keys: readonly string[], wanted: string | undefined): string | undefined {
  return wanted !== undefined && keys.includes(wanted) ? wanted : keys[0];
}
