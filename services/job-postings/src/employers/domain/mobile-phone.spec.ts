import { normaliseMainlandMobile } from './mobile-phone';

describe('mainland mobile numbers', () => {
  it('keeps the 11 digits of what people type', () => {
    expect(normaliseMainlandMobile('13812345678')).toBe('13812345678');
    expect(normaliseMainlandMobile('+86 138-1234-5678')).toBe('13812345678');
    expect(normaliseMainlandMobile('008619912345678')).toBe('19912345678');
  });

  it('refuses landlines, short numbers and unknown prefixes', () => {
    expect(normaliseMainlandMobile('025-83451234')).toBeUndefined();
    expect(normaliseMainlandMobile('1381234567')).toBeUndefined();
    expect(normaliseMainlandMobile('12812345678')).toBeUndefined();
    expect(normaliseMainlandMobile('+1 4155550100')).toBeUndefined();
  });
});
