/** What the CLI may touch. The bin shim passes the real process; tests pass their own. */
export interface Io {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  stdin?: AsyncIterable<Buffer | string>;
  cwd: string;
  env: Record<string, string | undefined>;
  /**
   * Called at most once, before linting, when the whole run is short: a few small articles, done
   * before an optimising compiler's work could pay for itself (see SHORT_RUN below). The bin
   * uses it to keep V8 from optimising at all; its background compile otherwise delays the exit.
   */
  shortRun?: () => void;
}

/**
 * The most text a run may lint and still count as short. Measured on one thread, with V8's
 * optimising tier off against on: 1 to 8 news articles (5–40 KB) finish 40–55 ms sooner, 20 about
 * the same, 50 about 10 % later. Past `files`, a run is not short whatever its size.
 */
export const SHORT_RUN = { bytes: 48 * 1024, files: 8 };

export async function readAll(stream: AsyncIterable<Buffer | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
