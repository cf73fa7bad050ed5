export interface DependencyPatch {
  pkg: string;
  version: string;
  file: string;
  patch: string;
  diff: string;
}
export const dependencyPatches: DependencyPatch[];
export function patchFor(path: string): DependencyPatch | undefined;
export function applyDependencyPatch(path: string, code: string): string;
export function dependencyPatchesPlugin(): { name: string; load(id: string): string | null };
