// Open-loop fixed-rate HTTP load with microsecond latency: requests are issued on a schedule
// (rate per second) whether or not earlier ones have answered, over an undici Pool, and each
// latency is measured with process.hrtime.bigint() from dispatch to the last body byte.
import { Pool } from 'undici';

/** One open-loop run's raw result. */
export interface OpenLoopResult {
  /** Latencies of successful requests in microseconds, sorted ascending. */
  readonly micros: readonly number[];
  readonly sent: number;
  /** Non-200 answers, transport errors, and answers that fail the check. */
  readonly errors: number;
  /** Achieved request rate over the run. */
  readonly rate: number;
}

/** Options of one open-loop run. */
export interface OpenLoopOptions {
  /** Absolute URL of the endpoint. */
  readonly url: string;
  readonly rate: number;
  readonly seconds: number;
  /** The request body, or a function of the request's index so that each request can differ. */
  readonly body: string | ((index: number) => string);
  readonly headers: Record<string, string>;
  /** Upper bound on parallel connections (the pool opens them only when requests overlap). */
  readonly connections?: number;
  /** Accepts an answer's body; a false result counts as an error (e.g. a blocked answer). */
  readonly check?: (text: string) => boolean;
}

/** Runs fixed-rate load against one URL and returns per-request latencies in microseconds. */
export async function openLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const target = new URL(options.url);
  const pool = new Pool(target.origin, { connections: options.connections ?? 32, pipelining: 1, keepAliveTimeout: 30_000 });
  const micros: number[] = [];
  const total = Math.round(options.rate * options.seconds);
  const intervalNs = 1e9 / options.rate;
  const pending: Promise<void>[] = [];
  let errors = 0;
  let sent = 0;

  const one = async (index: number): Promise<void> => {
    const began = process.hrtime.bigint();
    try {
      const response = await pool.request({ path: `${target.pathname}${target.search}`, method: 'POST', headers: options.headers, body: typeof options.body === 'string' ? options.body : options.body(index) });
      const text = await response.body.text();
      const elapsed = Number(process.hrtime.bigint() - began) / 1000;
      if (response.statusCode !== 200 || (options.check !== undefined && !options.check(text))) errors++;
      else micros.push(elapsed);
    } catch {
      errors++;
    }
  };

  const start = process.hrtime.bigint();
  await new Promise<void>((resolve) => {
    // A 1 ms timer issues every request that is due; no busy loop on a shared machine.
    const tick = (): void => {
      const due = Math.min(total, Math.floor(Number(process.hrtime.bigint() - start) / intervalNs) + 1);
      while (sent < due) {
        pending.push(one(sent));
        sent++;
      }
      if (sent < total) setTimeout(tick, 1);
      else resolve();
    };
    tick();
  });
  await Promise.all(pending);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  await pool.close();
  micros.sort((left, right) => left - right);
  return { micros, sent, errors, rate: sent / seconds };
}

/** The value at a fraction (0..1) of a sorted list; NaN for an empty list. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}
