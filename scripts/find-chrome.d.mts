export function findChrome(): string | undefined;
export const installHint: string;
