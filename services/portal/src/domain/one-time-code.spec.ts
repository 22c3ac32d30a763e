import { describe, expect, it } from 'vitest';
import { readCode } from './one-time-code';

describe('a typed one-time code', () => {
  it('is six digits, spaces dropped, leading zeros kept', () => {
    expect(readCode(' 012 345 ')).toBe('012345');
    expect(readCode('12345')).toBeUndefined();
    expect(readCode('12345a')).toBeUndefined();
    expect(readCode('1234567')).toBeUndefined();
  });
});
