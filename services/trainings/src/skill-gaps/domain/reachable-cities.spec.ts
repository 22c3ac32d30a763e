import { veteranFrom } from '@vetlink/matching-score/testing';
import { citiesWithinReach } from './reachable-cities';

const inJiangning = veteranFrom({ specialties: ['wheeled-vehicle-driver'] });

describe('cities within reach', () => {
  it('holds home, the cities named and the neighbours that may hold jobs within the radius', () => {
    const cities = citiesWithinReach({ ...inJiangning, radiusKm: 10, preferredCityIds: ['suzhou'] });
    expect(cities).toContain('nanjing');
    expect(cities).toContain('suzhou');
    expect(cities).not.toContain('xuzhou');
    expect(cities).not.toContain('lianyungang');
  });

  it('grows with the radius, the default one of matching when none is set', () => {
    const wide = citiesWithinReach({ ...inJiangning, radiusKm: 200 });
    expect(wide.length).toBeGreaterThan(citiesWithinReach({ ...inJiangning, radiusKm: null }).length);
  });

  it('is the cities named alone when home is unknown', () => {
    expect(citiesWithinReach({ ...inJiangning, residence: null, preferredCityIds: ['wuxi'] })).toEqual([
      'wuxi',
    ]);
  });
});
