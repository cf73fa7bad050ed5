/** What every section of the benchmark shares: paths, progress lines, the machine it runs on, medians and formats. */
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const dataDir = new URL('../.data/', import.meta.url);
/** Fresh pages per figure (medians are taken over them). */
export const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);

export function step(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

/** The machine, printed next to absolute times: they mean little without it. */
export function machine(): { cpus: number; model: string; loadAverage: number[] } {
  const list = cpus();
  return { cpus: list.length, model: list[0]?.model.trim() ?? 'unknown', loadAverage: loadavg().map((value) => Math.round(value * 10) / 10) };
}

export function machineLine(): string {
  const { cpus: count, model, loadAverage } = machine();
  return `(${count} CPUs, ${model}; load average ${loadAverage.join(' / ')} over 1 / 5 / 15 min)`;
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : NaN;
};

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (value: number | undefined): string => (value === undefined || Number.isNaN(value) ? '—' : `${Math.round(value)} ms`);
/** How many times faster `project` is than `baseline`. */
export const ratio = (baseline: number, project: number): string => (project > 0 && Number.isFinite(baseline) ? `${(baseline / project).toFixed(1)}×` : '—');
