import { isMainlandMobileNumber, maskMobileNumber, normaliseMobileNumber } from './mobile-number';

describe('mainland mobile numbers', () => {
  it('normalises separators and the country code to eleven digits', () => {
    expect(normaliseMobileNumber('138 1234 5678')).toBe('13812345678');
    expect(normaliseMobileNumber('+86 138-1234-5678')).toBe('13812345678');
    expect(normaliseMobileNumber('008613812345678')).toBe('13812345678');
  });

  it('accepts 13x-19x mobile numbers only', () => {
    expect(isMainlandMobileNumber('13812345678')).toBe(true);
    expect(isMainlandMobileNumber('19912345678')).toBe(true);
    expect(isMainlandMobileNumber('12812345678')).toBe(false);
    expect(isMainlandMobileNumber('025-84561234')).toBe(false);
    expect(isMainlandMobileNumber('1381234567')).toBe(false);
  });

  it('masks the middle four digits', () => {
    expect(maskMobileNumber('13812345678')).toBe('138****5678');
  });
});
