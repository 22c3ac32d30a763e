import { describe, expect, it } from 'vitest';
import {
  checkCreditCode,
  checkCreditCodeAsTyped,
  creditCodeCheckCharacter,
  normaliseCreditCode,
} from './credit-code';

// Codes of real organisations, as printed on their business licences.
const REAL = [
  '914403001922038216', // Huawei Technologies Co., Ltd.
  '91440300708461136T', // Shenzhen Tencent Computer Systems Co., Ltd.
  '91330100799655058B', // Alibaba (China) Co., Ltd.
  '91110108551385082Q', // Beijing Xiaomi Technology Co., Ltd.
];

describe('unified social credit code, as typed', () => {
  it('accepts the codes of real organisations', () => {
    for (const code of REAL) expect(checkCreditCodeAsTyped(code)).toEqual({ state: 'valid', code });
  });

  it('computes the check character from the first 17 characters', () => {
    expect(creditCodeCheckCharacter('91440300708461136')).toBe('T');
    expect(creditCodeCheckCharacter('91440300192203821')).toBe('6');
    expect(creditCodeCheckCharacter('91110108551385082')).toBe('Q');
  });

  it('refuses a wrong check character, and a single mistyped character elsewhere', () => {
    expect(checkCreditCodeAsTyped('914403001922038217')).toEqual({
      state: 'invalid',
      problem: 'checkCharacter',
    });
    expect(checkCreditCodeAsTyped('91440300708461136X').state).toBe('invalid');
    expect(checkCreditCodeAsTyped('914403001922038316')).toMatchObject({ problem: 'checkCharacter' });
  });

  it('says how far along an unfinished code is, without calling it wrong', () => {
    expect(checkCreditCodeAsTyped('')).toEqual({ state: 'incomplete', typed: 0 });
    expect(checkCreditCodeAsTyped('9144 0300')).toEqual({ state: 'incomplete', typed: 8 });
  });

  it('names a character outside the alphabet the moment it is typed, with its position', () => {
    expect(checkCreditCodeAsTyped('9144O3')).toEqual({ state: 'invalid', problem: 'character', position: 5 });
    expect(checkCreditCodeAsTyped('91440300192203821I')).toMatchObject({
      problem: 'character',
      position: 18,
    });
  });

  it('wants digits for the administrative division (characters 3 to 8)', () => {
    expect(checkCreditCodeAsTyped('91A4')).toEqual({ state: 'invalid', problem: 'division', position: 3 });
  });

  it('refuses a 19th character', () => {
    expect(checkCreditCodeAsTyped(`${REAL[0]}1`)).toEqual({ state: 'invalid', problem: 'length' });
  });

  it('reads lower case and spaces as the licence prints them', () => {
    expect(normaliseCreditCode(' 9144 0300 7084 6113 6t ')).toBe('91440300708461136T');
    expect(checkCreditCodeAsTyped('91440300708461136t').state).toBe('valid');
  });

  it('on sending, an empty or unfinished code is a problem', () => {
    expect(checkCreditCode('')).toEqual({ state: 'invalid', problem: 'required' });
    expect(checkCreditCode('914403')).toEqual({ state: 'invalid', problem: 'length' });
    expect(checkCreditCode(REAL[1]!).state).toBe('valid');
  });
});
