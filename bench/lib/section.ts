/** A section of `npm run bench`: one module in bench/sections/, runnable alone (`npm run bench -- <name>`). */
import type { Browser } from 'puppeteer-core';
import type { BenchServer } from './server.js';

/** What the orchestrator lends a section: each resource is made on first use and shared by the sections after it. */
export interface BenchContext {
  /** The project's builds and the baseline's are made (unless --no-build). */
  built(): Promise<void>;
  /** The signed benchmark documents are written to bench/.data/ (once per run). */
  documents(): Promise<string[]>;
  server(): Promise<BenchServer>;
  browser(): Promise<Browser>;
}

export interface SectionResult {
  /** What the section prints. */
  lines: string[];
  /** What it writes to bench/results.json, under its name. */
  results: unknown;
}

export interface Section {
  name: string;
  /** One line for `npm run bench -- --help`. */
  description: string;
  run(context: BenchContext): Promise<SectionResult>;
}
