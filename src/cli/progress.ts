/**
 * A one-line progress bar on stderr for runs over many files. It is drawn only when stderr is
 * a terminal (never in pipes, logs or CI output), redrawn at most every 100 ms, and erased
 * when the run ends so that it never mixes with the report.
 */
export interface Progress {
  tick(n?: number): void;
  done(): void;
}

/** Fewer files than this finish before a bar would be worth drawing. */
export const PROGRESS_MIN_FILES = 20;
const INTERVAL_MS = 100;

const silent: Progress = { tick() {}, done() {} };

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export function createProgress(stream: ProgressStream, total: number, options: { enabled?: boolean; label?: string; now?: () => number } = {}): Progress {
  const enabled = options.enabled ?? (Boolean(stream.isTTY) && total >= PROGRESS_MIN_FILES);
  if (!enabled || total <= 0) return silent;
  const now = options.now ?? (() => performance.now());
  const label = options.label ?? 'files';
  const started = now();
  let count = 0;
  let last = -Infinity;
  let drawn = false;
  const draw = () => {
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 40));
    const share = Math.min(1, count / total);
    const filled = Math.round(share * width);
    const secs = (now() - started) / 1000;
    const line = `copydesk [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total} ${label} ${secs.toFixed(1)}s`;
    stream.write(`\r${line}\x1b[K`);
    drawn = true;
  };
  return {
    tick(n = 1) {
      count += n;
      const t = now();
      if (t - last >= INTERVAL_MS || count >= total) {
        last = t;
        draw();
      }
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}
