// Synchronous reads: a CLI reads one small file after another, and a thread-pool round trip
// per call costs more than the read (ESLint reads the same way).
import { readFileSync, statSync } from 'node:fs';

/** A file that could not be linted: the message names the problem, the CLI adds the path. */
export class InputError extends Error {
  constructor(
    readonly filePath: string,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export interface Decoded {
  text: string;
  /** The byte-order mark that was removed, if any ('utf-8' | 'utf-16le' | 'utf-16be'). */
  bom?: 'utf-8' | 'utf-16le' | 'utf-16be';
}

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/** Decode file bytes: UTF-8 (BOM stripped) or UTF-16 with a BOM. Binary data and invalid UTF-8 are refused. */
export function decode(bytes: Uint8Array, filePath: string): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8(bytes.subarray(3), filePath, 3), bom: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeUtf16(bytes.subarray(2), 'utf-16le', filePath), bom: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16(bytes.subarray(2), 'utf-16be', filePath), bom: 'utf-16be' };
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError(filePath, `binary file (NUL byte at offset ${nul}); not linted`);
  return { text: decodeUtf8(bytes, filePath, 0) };
}

function decodeUtf8(bytes: Uint8Array, filePath: string, base: number): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(filePath, `invalid UTF-8 at byte ${base + firstInvalidUtf8(bytes)}; save the file as UTF-8`);
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', filePath: string): string {
  if (bytes.length % 2 !== 0) throw new InputError(filePath, `invalid ${encoding.toUpperCase()}: odd number of bytes`);
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/** Offset of the first byte that breaks UTF-8. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}

export async function loadFile(filePath: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<Decoded> {
  let size: number;
  try {
    const st = statSync(filePath);
    if (st.isDirectory()) throw new InputError(filePath, 'is a directory with no lintable files');
    size = st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(filePath, describeFsError(err));
  }
  if (size > maxFileSize) {
    throw new InputError(filePath, `file is ${formatBytes(size)}, over the ${formatBytes(maxFileSize)} limit (--max-file-size); not linted`);
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(filePath);
  } catch (err) {
    throw new InputError(filePath, describeFsError(err));
  }
  return decode(bytes, filePath);
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'EMFILE':
      return 'too many open files';
    default:
      return (err as Error)?.message ?? String(err);
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KB`;
  return `${n} bytes`;
}
