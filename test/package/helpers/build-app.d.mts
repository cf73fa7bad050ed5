export const ENTRIES: string[];
export function writePages(dir: string, options?: { module?: boolean; src?: (entry: string) => string }): void;
