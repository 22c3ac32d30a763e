import { figuresPlaceOf } from './figures-place';

describe('the place a notification is counted in', () => {
  it('keeps a city and its district, drops what is not known', () => {
    expect(figuresPlaceOf({ cityId: 'nanjing', districtId: 'nanjing-gulou' })).toEqual({
      cityId: 'nanjing',
      districtId: 'nanjing-gulou',
    });
    expect(figuresPlaceOf({ cityId: 'nanjing' })).toEqual({ cityId: 'nanjing' });
    expect(figuresPlaceOf({})).toEqual({});
  });

  it('never names a district without its city', () => {
    expect(figuresPlaceOf({ districtId: 'nanjing-gulou' })).toEqual({});
  });
});
