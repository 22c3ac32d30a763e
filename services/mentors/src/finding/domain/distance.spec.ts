import { kmBetween } from './distance';

describe('how far a mentor is', () => {
  it('measures between district centres when known, city centres otherwise', () => {
    const suqianToXuzhou = kmBetween({ cityId: 'suqian' }, { cityId: 'xuzhou' });
    expect(suqianToXuzhou).toBeGreaterThan(80);
    expect(suqianToXuzhou).toBeLessThan(140);
    expect(kmBetween({ cityId: 'nanjing' }, { cityId: 'nanjing' })).toBe(0);
    const jiangning = kmBetween(
      { cityId: 'nanjing', districtId: 'nanjing-jiangning' },
      { cityId: 'nanjing' },
    );
    expect(jiangning).toBeGreaterThan(0);
    expect(kmBetween({ cityId: 'atlantis' }, { cityId: 'nanjing' })).toBeUndefined();
  });
});
