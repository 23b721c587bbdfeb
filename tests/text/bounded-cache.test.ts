import { describe, expect, it } from 'vitest';
import { cacheSet } from '../../src/text/bounded-cache.js';

describe('cacheSet', () => {
  it('stores and returns the value', () => {
    const m = new Map<string, number>();
    expect(cacheSet(m, 'a', 1)).toBe(1);
    expect(m.get('a')).toBe(1);
  });

  it('starts afresh when the cache is full, so it never holds more than the limit', () => {
    const m = new Map<number, number>();
    for (let i = 0; i < 25; i++) {
      cacheSet(m, i, i * 2, 10);
      expect(m.size).toBeLessThanOrEqual(10);
    }
    expect(m.get(24)).toBe(48);
    expect(m.has(0)).toBe(false);
  });

  it('overwrites a key it already holds without emptying the cache', () => {
    const m = new Map<number, number>([[1, 1], [2, 2]]);
    cacheSet(m, 2, 20, 2);
    expect([...m]).toEqual([[1, 1], [2, 20]]);
  });
});
