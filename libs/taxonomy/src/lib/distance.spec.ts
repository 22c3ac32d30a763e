import { distanceKm } from './distance';
import { getCity, listEntries } from './lookups';

describe('distanceKm', () => {
  const city = (id: string) => {
    const found = getCity(id);
    if (found === undefined) throw new Error(`no city ${id}`);
    return found;
  };

  it('puts Nanjing and Suzhou about 200 km apart', () => {
    const km = distanceKm(city('nanjing'), city('suzhou'));
    expect(km).toBeGreaterThanOrEqual(190);
    expect(km).toBeLessThanOrEqual(220);
  });

  it('is symmetric and zero for the same point', () => {
    expect(distanceKm(city('xuzhou'), city('nantong'))).toBeCloseTo(
      distanceKm(city('nantong'), city('xuzhou')),
      9,
    );
    expect(distanceKm(city('wuxi'), city('wuxi'))).toBe(0);
  });

  it('keeps every district within reach of its own city centre, catching mistyped coordinates', () => {
    const farFromTheirCity = listEntries('city').flatMap((town) =>
      town.districts.filter((district) => distanceKm(district, town) >= 120).map((district) => district.id),
    );
    expect(farFromTheirCity).toEqual([]);
  });
});
