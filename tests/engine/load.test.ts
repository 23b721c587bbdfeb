import { describe, expect, it } from 'vitest';
import { decode, InputError } from '../../src/engine/load.js';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('decode', () => {
  it('reads UTF-8 and strips a BOM', () => {
    expect(decode(new TextEncoder().encode('Héllo'), 'a.txt')).toEqual({ text: 'Héllo' });
    expect(decode(bytes(0xef, 0xbb, 0xbf, 0x41), 'a.txt')).toEqual({ text: 'A', bom: 'utf-8' });
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    expect(decode(bytes(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00), 'a.txt')).toEqual({ text: 'Hi', bom: 'utf-16le' });
    expect(decode(bytes(0xfe, 0xff, 0x00, 0x48, 0x00, 0x69), 'a.txt')).toEqual({ text: 'Hi', bom: 'utf-16be' });
  });

  it('refuses binary data, naming the offset of the NUL byte', () => {
    expect(() => decode(bytes(0x41, 0x42, 0x00, 0x43), 'x.bin')).toThrow(/binary file \(NUL byte at offset 2\)/);
  });

  it('refuses invalid UTF-8, naming the byte', () => {
    let error: unknown;
    try {
      decode(bytes(0x61, 0x62, 0xc3, 0x28), 'bad.txt');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/invalid UTF-8 at byte 2/);
    expect((error as InputError).filePath).toBe('bad.txt');
  });
});
