import { sessionCityOf } from './session-city';

describe('the city a session is counted in', () => {
  it("is the veteran's home city, wherever the mentor sits", () => {
    expect(sessionCityOf('nanjing', 'xuzhou')).toBe('nanjing');
  });

  it("is the mentor's city when the veteran's is not known", () => {
    expect(sessionCityOf(undefined, 'xuzhou')).toBe('xuzhou');
  });

  it('takes only taxonomy city ids, and is none when neither is one', () => {
    expect(sessionCityOf('atlantis', 'xuzhou')).toBe('xuzhou');
    expect(sessionCityOf(undefined, 'Xuzhou City')).toBeUndefined();
  });
});
