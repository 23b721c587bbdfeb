import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { LintResult } from '../types.js';
import type { Job, Outcome } from './job.js';

/**
 * How many threads lint: `off` (or 1) the main thread alone; a number N: the main thread and
 * N − 1 worker threads; `auto`: decided from the workload and the cores.
 */
export type Concurrency = 'auto' | 'off' | number;

/** Below this many files `auto` lints in the main thread: starting a worker costs more than it saves. */
export const AUTO_MIN_FILES = 100;
/**
 * Cores `auto` counts for each linting thread: V8 compiles and collects garbage on background
 * threads, so one thread that lints keeps about one and a half cores busy (`--concurrency off`
 * on 200 articles: 1.5–1.6 s of CPU per second). On two cores a second linting thread gains
 * nothing (`npm run bench`: 2.27 s with one thread, 2.98 s with two).
 */
export const CORES_PER_THREAD = 2;
/** `auto` gives each thread at least this many files. */
export const AUTO_FILES_PER_THREAD = 50;
/** `auto` never lints in more threads than this. */
export const AUTO_MAX_THREADS = 8;

export function parseConcurrency(value: string): Concurrency {
  const v = value.trim().toLowerCase();
  if (v === 'auto' || v === 'off') return v;
  if (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 256) return Number(v);
  throw new Error('expected auto, off or a number of threads from 1 to 256.');
}

/**
 * The number of worker threads to start for `jobs` jobs (`undefined`: not known in advance,
 * as with a stream), beside the main thread, which lints too. 0 means the main thread alone.
 */
export function workerCount(concurrency: Concurrency, jobs: number | undefined, cores = availableParallelism()): number {
  if (concurrency === 'off') return 0;
  if (typeof concurrency === 'number') return Math.max(0, concurrency - 1);
  const threads = Math.min(Math.floor(cores / CORES_PER_THREAD), AUTO_MAX_THREADS);
  if (threads < 2) return 0;
  if (jobs === undefined) return threads - 1;
  if (jobs < AUTO_MIN_FILES) return 0;
  return Math.max(2, Math.min(threads, Math.floor(jobs / AUTO_FILES_PER_THREAD))) - 1;
}

interface Pending {
  id: number;
  job: Job;
  resolve: (o: Outcome) => void;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Pending>;
  /** The worker has loaded the rules: jobs sent now start at once. */
  ready: boolean;
}

type Reply = { ready: true } | { id: number; outcome: Outcome; source?: string };

/**
 * The script a worker thread starts from: bin/worker.js, which runs the CLI bundle through its
 * code cache as bin/copydesk.js does (a worker then starts in a fraction of the time), or the
 * compiled modules' own entry where there is no bundle.
 */
function workerEntry(): URL {
  const bundled = new URL('../../bin/worker.js', import.meta.url);
  if (existsSync(new URL('../../dist/copydesk.cjs', import.meta.url)) && existsSync(bundled)) return bundled;
  return new URL('./worker-entry.js', import.meta.url);
}

/** Jobs posted ahead to each worker, so that it never waits for the main thread between jobs. */
const PREFETCH = 2;
/**
 * Young-generation cap of each worker's heap. V8's default lets every isolate grow its nursery
 * to tens of MB, which is most of a worker's memory on a stream; a smaller one costs nothing
 * measurable here (articles are small and short-lived) and keeps memory flat per worker.
 */
const WORKER_YOUNG_GENERATION_MB = 16;

/**
 * A fixed set of worker threads, each running `runJob` (src/engine/worker.ts), and optionally
 * the main thread beside them (`inline`). Jobs wait in one queue and are taken as threads come
 * free: a worker that has loaded the rules keeps `PREFETCH` jobs in hand, and the main thread
 * takes the next job whenever the workers are full or still starting, so no core waits for a
 * worker to boot. Results come back as promises, which the caller consumes in its own order
 * (see `mapOrdered`). Workers start on the first job and load the rules and their data once each.
 */
export class LintPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;
  /** Set when a worker died: a bug or a broken install, so later jobs fail fast instead of restarting it. */
  private broken: string | undefined;
  /** The main thread is running (or about to run) a job. */
  private inlineBusy = false;

  constructor(
    readonly size: number,
    /** The Worker class (node:worker_threads), imported by the caller only when threads are used. */
    private readonly WorkerClass: typeof Worker,
    private readonly entry: URL = workerEntry(),
    /** Runs a job in the main thread; without it, only the workers lint. */
    private readonly inline?: (job: Job) => Promise<Outcome>,
  ) {
    if (!(size >= 1)) throw new RangeError('a pool needs at least one worker');
  }

  run(job: Job): Promise<Outcome> {
    if (this.closed) return Promise.resolve({ ok: false, fatal: true, message: 'worker pool is closed' });
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, job, resolve });
      this.dispatch();
    });
  }

  private start(): Slot {
    const worker = new this.WorkerClass(this.entry, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    const slot: Slot = { worker, inFlight: new Map(), ready: this.inline === undefined };
    worker.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const p = slot.inFlight.get(reply.id);
      if (!p) return;
      slot.inFlight.delete(reply.id);
      const outcome = reply.outcome;
      if (outcome.ok && reply.source !== undefined) attachSource(outcome.result, reply.source);
      p.resolve(outcome);
      this.dispatch();
    });
    const fail = (message: string) => {
      this.broken ??= `worker thread failed: ${message}`;
      for (const p of slot.inFlight.values()) p.resolve({ ok: false, fatal: true, message: this.broken });
      slot.inFlight.clear();
      const i = this.slots.indexOf(slot);
      if (i !== -1) this.slots.splice(i, 1);
      if (!this.closed) this.dispatch();
    };
    worker.on('error', (e) => fail(e?.message ?? String(e)));
    worker.on('exit', (code) => {
      if (!this.closed) fail(`exited with code ${code}`);
    });
    this.slots.push(slot);
    return slot;
  }

  private dispatch(): void {
    if (this.broken !== undefined) {
      for (const p of this.queue.splice(0)) p.resolve({ ok: false, fatal: true, message: this.broken });
      return;
    }
    while (this.queue.length > 0) {
      let best: Slot | undefined;
      for (const s of this.slots) if (s.ready && (!best || s.inFlight.size < best.inFlight.size)) best = s;
      if ((!best || best.inFlight.size > 0) && this.slots.length < this.size) {
        const started = this.start();
        if (started.ready) best = started;
      }
      if (!best || best.inFlight.size >= PREFETCH) break;
      const p = this.queue.shift()!;
      best.inFlight.set(p.id, p);
      best.worker.postMessage({ id: p.id, job: p.job });
    }
    if (this.queue.length > 0 && this.inline && !this.inlineBusy) {
      this.inlineBusy = true;
      // After pending I/O and worker messages, so the workers are fed before the main thread
      // shuts itself into the next job.
      setImmediate(() => this.runInline());
    }
  }

  private runInline(): void {
    const p = this.closed ? undefined : this.queue.shift();
    if (!p) {
      this.inlineBusy = false;
      return;
    }
    void this.inline!(p.job).then((outcome) => {
      p.resolve(outcome);
      this.inlineBusy = false;
      this.dispatch();
    });
  }

  /** Stop the workers. Jobs still queued or in flight resolve as fatal outcomes. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.resolve({ ok: false, fatal: true, message: 'worker pool closed' });
    const slots = this.slots.splice(0);
    for (const s of slots) for (const p of s.inFlight.values()) p.resolve({ ok: false, fatal: true, message: 'worker pool closed' });
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

/** `source` is not part of the report, so it travels beside the result and is put back non-enumerable. */
export function attachSource(result: LintResult, source: string): void {
  Object.defineProperty(result, 'source', { value: source, enumerable: false, configurable: true });
}

/**
 * Apply `fn` to every item with at most `window` calls in flight, yielding the results in the
 * order of the items whatever order they finish in. Reading `items` stops while the window is
 * full, so a stream is consumed no faster than results are taken. `fn` must not reject.
 */
export async function* mapOrdered<T, R>(items: Iterable<T> | AsyncIterable<T>, fn: (item: T, index: number) => Promise<R>, window: number): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  let index = 0;
  for await (const item of items) {
    pending.push(fn(item, index++));
    while (pending.length >= Math.max(1, window)) yield await pending.shift()!;
  }
  while (pending.length > 0) yield await pending.shift()!;
}

/** Something that runs jobs: the main thread, or a pool started on demand. */
export interface Runner {
  run(job: Job): Promise<Outcome>;
  /** How many jobs may usefully be in flight at once. */
  readonly window: number;
  close(): Promise<void>;
}

/**
 * A runner for `jobs` jobs (`undefined` for a stream of unknown length) at the given
 * concurrency. With `auto` and a stream, the first `AUTO_MIN_FILES` jobs run in the main
 * thread and workers start only if more follow, so that a short stream starts as fast as a
 * single file.
 */
export async function createRunner(concurrency: Concurrency, jobs: number | undefined): Promise<Runner> {
  const { runJob } = await import('./job.js');
  const inline = async (job: Job) => runJob(job);
  const size = workerCount(concurrency, jobs);
  // Files are read synchronously (src/engine/load.ts): one job at a time.
  if (size === 0) return { run: inline, window: 1, close: async () => {} };
  const { Worker: WorkerClass } = await import('node:worker_threads');
  let pool: LintPool | undefined;
  let seen = 0;
  const deferred = concurrency === 'auto' && jobs === undefined;
  return {
    // Room for the main thread to go on while a job at the head waits on a worker.
    window: (size + 1) * (PREFETCH + 2) + 16,
    run(job) {
      if (deferred && seen++ < AUTO_MIN_FILES) return inline(job);
      pool ??= new LintPool(size, WorkerClass, undefined, inline);
      return pool.run(job);
    },
    close: async () => {
      await pool?.close();
    },
  };
}
