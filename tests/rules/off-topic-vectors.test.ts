import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasVectors, similarity, vectorRow } from '../../src/rules/off-topic-insertion/vectors.js';
import { ROOT } from '../helpers/cli.js';

const row = (w: string) => {
  const r = vectorRow(w);
  expect(r, w).toBeGreaterThanOrEqual(0);
  return r;
};
const sim = (a: string, b: string) => similarity(row(a), row(b));

describe('off-topic-insertion word vectors (vectors.bin)', () => {
  it('reads the shipped table: 50,000 words, 48 signed bytes each', () => {
    expect(hasVectors()).toBe(true);
    const buf = readFileSync(path.join(ROOT, 'src', 'rules', 'off-topic-insertion', 'vectors.bin'));
    expect(buf.toString('latin1', 0, 4)).toBe('CDWV');
    expect(buf.readUInt32LE(8)).toBe(50_000);
    expect(buf.readUInt32LE(12)).toBe(48);
  });

  it('finds common words and not others', () => {
    for (const w of ['harbour', 'harbor', 'vaccine', 'council', 'well-known']) row(w);
    expect(vectorRow('qzxv')).toBe(-1);
    expect(vectorRow('Harbour')).toBe(-1); // lower case only
    expect(vectorRow('')).toBe(-1);
  });

  it('puts words of one subject closer than words of two', () => {
    expect(sim('harbour', 'harbour')).toBeGreaterThan(0.98);
    expect(sim('tourists', 'visitors')).toBeGreaterThan(0.7);
    expect(sim('harbor', 'harbour')).toBeGreaterThan(0.6);
    expect(sim('striker', 'goalkeeper')).toBeGreaterThan(sim('striker', 'ferry'));
    expect(sim('vaccine', 'ferry')).toBeLessThan(0.2);
    expect(sim('election', 'ballot')).toBeGreaterThan(sim('election', 'antibiotics'));
  });
});
