import { getCity, getDistrict } from '@vetlink/taxonomy';
import { locateResidence } from './residence-location';

describe('locateResidence', () => {
  it('uses the coordinates the veteran gave', () => {
    expect(locateResidence({ cityId: 'suqian', districtId: null, lat: 33.95, lng: 118.3 })).toEqual({
      lat: 33.95,
      lng: 118.3,
      precision: 'exact',
    });
  });

  it('falls back to the district centre, then the city centre', () => {
    const district = getDistrict('xuzhou-pizhou')!;
    expect(locateResidence({ cityId: 'xuzhou', districtId: 'xuzhou-pizhou', lat: null, lng: null })).toEqual({
      lat: district.lat,
      lng: district.lng,
      precision: 'district',
    });
    const city = getCity('xuzhou')!;
    expect(locateResidence({ cityId: 'xuzhou', districtId: null, lat: null, lng: null })).toEqual({
      lat: city.lat,
      lng: city.lng,
      precision: 'city',
    });
  });
});
