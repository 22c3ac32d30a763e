import { veteranFrom } from '@vetlink/matching-score/testing';
import { officerServes } from './officer-scope';

const inNanjing = veteranFrom({ specialties: ['wheeled-vehicle-driver'] });
const officer = (organisationId?: string) => ({
  userId: 'officer-1',
  role: 'officer' as const,
  ...(organisationId ? { organisationId } : {}),
});

describe('which veterans an officer serves', () => {
  it('a city bureau serves the veterans living in its city; the provincial bureau serves all', () => {
    expect(officerServes(officer('nanjing'), inNanjing)).toBe(true);
    expect(officerServes(officer('suzhou'), inNanjing)).toBe(false);
    expect(officerServes(officer('jiangsu-bureau'), inNanjing)).toBe(true);
    expect(officerServes(officer(), inNanjing)).toBe(true);
  });

  it('home unknown: the cities the veteran named', () => {
    const homeless = { ...inNanjing, residence: null, preferredCityIds: ['suzhou'] };
    expect(officerServes(officer('suzhou'), homeless)).toBe(true);
    expect(officerServes(officer('nanjing'), homeless)).toBe(false);
  });
});
