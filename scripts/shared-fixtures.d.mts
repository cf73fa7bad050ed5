export const sharedFixturesDir: string;
export function haveSharedFixtures(): boolean;
export function suitesNeedingFixtures(files: string[]): string[];
export function testFiles(pattern: RegExp): string[];
export const NOTICE_PRINTED: string;
export function fixturesNotice(skipped: string[]): string;
