import { distanceKm, listEntries } from '@vetlink/taxonomy';
import { DemoRandom } from '../random';
import { CITY_DIVISION_CODES, DISTRICT_DIVISION_CODES } from './division-codes';
import {
  CITY_TIERS,
  EMPLOYER_CITY_WEIGHTS,
  isInJiangsu,
  payFactorOf,
  pointNear,
  VETERAN_CITY_WEIGHTS,
} from './jiangsu';

describe('Jiangsu places', () => {
  const cities = listEntries('city');

  it('knows the 13 prefecture-level cities of the taxonomy, with tiers and weights', () => {
    expect(cities).toHaveLength(13);
    for (const city of cities) {
      expect(CITY_DIVISION_CODES[city.id]).toMatch(/^32\d{2}00$/);
      expect(CITY_TIERS[city.id]).toBeDefined();
      expect(EMPLOYER_CITY_WEIGHTS[city.id]).toBeGreaterThan(0);
      expect(VETERAN_CITY_WEIGHTS[city.id]).toBeGreaterThan(0);
    }
  });

  it('has a division code for every district, inside its city', () => {
    const districts = cities.flatMap((city) => city.districts.map((district) => ({ city, district })));
    expect(Object.keys(DISTRICT_DIVISION_CODES).sort()).toEqual(
      districts.map(({ district }) => district.id).sort(),
    );
    for (const { city, district } of districts) {
      const code = DISTRICT_DIVISION_CODES[district.id]!;
      expect(code).toMatch(/^32\d{4}$/);
      expect(code.slice(0, 4)).toBe(CITY_DIVISION_CODES[city.id]!.slice(0, 4));
    }
    expect(new Set(Object.values(DISTRICT_DIVISION_CODES)).size).toBe(districts.length);
  });

  it('pays most in Suzhou, Nanjing and Wuxi, least in the north', () => {
    expect(payFactorOf('suzhou')).toBeGreaterThan(payFactorOf('changzhou'));
    expect(payFactorOf('changzhou')).toBeGreaterThan(payFactorOf('suqian'));
    expect(payFactorOf('nanjing')).toBeGreaterThan(payFactorOf('lianyungang'));
  });

  it('places points within the radius and inside Jiangsu', () => {
    const random = DemoRandom.of('points');
    for (const city of cities) {
      for (const district of city.districts) {
        for (let index = 0; index < 50; index++) {
          const point = pointNear(random, district, 4);
          expect(distanceKm(point, district)).toBeLessThanOrEqual(4 * 1.005);
          expect(isInJiangsu(point)).toBe(true);
        }
      }
    }
  });
});
