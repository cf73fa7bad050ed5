/** Bundle sizes as the benchmark states them: the sum of each file's gzip -9 size over a static import closure. */
import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Size {
  files: number;
  raw: number;
  /** The sum of each file's own gzip -9 size: what a browser downloads file by file. */
  gzip: number;
  brotli: number;
}

export function sizeOf(files: string[]): Size {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { files: files.length, raw, gzip, brotli };
}

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w${},*\s]+from\s*)?["'](\.\.?\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.\.?\/[^"'`]+)["'`]\s*\)/g;

/** A built file and every chunk it imports statically: what the browser downloads before any lazy import(). */
export function staticClosure(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const imports = [...code.matchAll(STATIC_IMPORT)].map((match) => match[1]!);
  return [file, ...imports.flatMap((specifier) => staticClosure(normalize(join(file, '..', specifier)), seen))];
}

/** The chunks `file` imports lazily (by a literal path), for following what a page loads next. */
export function lazyImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...new Set([...code.matchAll(DYNAMIC_IMPORT)].map((match) => normalize(join(file, '..', match[1]!))))];
}
