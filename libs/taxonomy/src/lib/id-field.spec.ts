import { z } from 'zod';
import { taxonomyIdField } from './id-field';
import { isKnownCityId, isKnownDistrictId, listEntries } from './lookups';

describe('taxonomyIdField', () => {
  const city = taxonomyIdField(isKnownCityId, 'Jiangsu city');

  it('takes a known id and refuses an unknown one, quoting it', () => {
    expect(city.parse('nanjing')).toBe('nanjing');
    const refused = city.safeParse('atlantis');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0].message).toBe('unknown Jiangsu city id "atlantis"');
  });

  it('documents the ids it takes as an enum', () => {
    const schema = z.toJSONSchema(city) as { enum: string[]; description: string };
    expect(schema.enum).toEqual(
      listEntries('city')
        .map((entry) => entry.id)
        .sort(),
    );
    expect(schema.description).toBe('a Jiangsu city id of the vetlink taxonomy');
  });

  it('lists districts too', () => {
    const schema = z.toJSONSchema(taxonomyIdField(isKnownDistrictId, 'district')) as { enum: string[] };
    expect(schema.enum.length).toBeGreaterThan(13);
    expect(schema.enum.every(isKnownDistrictId)).toBe(true);
  });
});
