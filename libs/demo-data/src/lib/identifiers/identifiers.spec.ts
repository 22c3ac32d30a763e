import { isValidResidentIdNumber as platformIsValidResidentIdNumber } from '@vetlink/persistence';
import { DemoRandom } from '../random';
import {
  creditCodeCheckCharacter,
  isValidCreditCode,
  organisationCodeCheckCharacter,
  randomCreditCode,
} from './credit-code';
import { mobileNumber } from './mobile';
import {
  birthDateOf,
  isValidResidentIdNumber,
  residentIdCheckCharacter,
  residentIdNumber,
  sexOf,
} from './resident-id';

describe('unified social credit codes (GB 32100-2015)', () => {
  it('computes the check character of real, published codes', () => {
    for (const code of [
      '914403001922038216',
      '91330100716105852F',
      '9144030071526726XG',
      '91110000802100433B',
    ]) {
      expect(creditCodeCheckCharacter(code.slice(0, 17))).toBe(code.charAt(17));
      expect(isValidCreditCode(code)).toBe(true);
    }
  });

  it('computes the GB 11714 check character of the organisation code inside them', () => {
    // 192203821 (Huawei) and 716105852 (Alibaba China) are well-known organisation codes.
    expect(organisationCodeCheckCharacter('19220382')).toBe('1');
    expect(organisationCodeCheckCharacter('71610585')).toBe('2');
  });

  it('rejects a code with one character changed', () => {
    expect(isValidCreditCode('914403001922038217')).toBe(false);
    expect(isValidCreditCode('91440300192203821')).toBe(false);
    expect(isValidCreditCode('9144030019220382I6')).toBe(false);
  });

  it('generates valid codes with the division, the kind and a valid organisation code', () => {
    const random = DemoRandom.of('credit-codes');
    for (let index = 0; index < 2000; index++) {
      const code = randomCreditCode(random, index % 2 ? 'enterprise' : 'government-body', '320115');
      expect(isValidCreditCode(code)).toBe(true);
      expect(code.slice(0, 2)).toBe(index % 2 ? '91' : '11');
      expect(code.slice(2, 8)).toBe('320115');
      expect(organisationCodeCheckCharacter(code.slice(8, 16))).toBe(code.charAt(16));
    }
  });
});

describe('resident ID numbers (GB 11643-1999)', () => {
  it('computes the check character of the standard examples', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(residentIdCheckCharacter('44052418800101001')).toBe('4');
    expect(isValidResidentIdNumber('11010519491231002X')).toBe(true);
  });

  it('rejects a wrong check character, an impossible birth date, a birth in the future', () => {
    expect(isValidResidentIdNumber('110105194912310021')).toBe(false);
    expect(isValidResidentIdNumber('320102199902301234')).toBe(false);
    const today = new Date('2026-01-01T00:00:00Z');
    const first17 = '32010220300101123';
    expect(isValidResidentIdNumber(first17 + residentIdCheckCharacter(first17), today)).toBe(false);
  });

  it('generates numbers the platform accepts, encoding the region, birth date and sex', () => {
    const random = DemoRandom.of('id-numbers');
    for (let index = 0; index < 2000; index++) {
      const sex = index % 3 === 0 ? 'female' : 'male';
      const idNumber = residentIdNumber(random, '321302', '1998-07-15', sex);
      expect(isValidResidentIdNumber(idNumber)).toBe(true);
      expect(platformIsValidResidentIdNumber(idNumber)).toBe(true);
      expect(idNumber.slice(0, 6)).toBe('321302');
      expect(birthDateOf(idNumber)?.toISOString().slice(0, 10)).toBe('1998-07-15');
      expect(sexOf(idNumber)).toBe(sex);
    }
  });
});

describe('mobile numbers', () => {
  it('are 11 digits starting 13 to 19', () => {
    const random = DemoRandom.of('mobiles');
    for (let index = 0; index < 1000; index++) expect(mobileNumber(random)).toMatch(/^1[3-9]\d{9}$/);
  });
});
