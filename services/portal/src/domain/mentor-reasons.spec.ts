import { describe, expect, it } from 'vitest';
import { occupationsNamed, reasonWords, type ReasonNames } from './mentor-reasons';

const names: ReasonNames = {
  occupation: (id) => `occupation:${id}`,
  city: (id) => `city:${id}`,
  expertise: (id) => `expertise:${id}`,
  branch: (id) => `branch:${id}`,
};

describe('the reasons a mentor is suggested', () => {
  it('word an expertise towards an occupation wanted or suited, with the names looked up', () => {
    const reason = {
      kind: 'expertise',
      expertise: 'logistics',
      occupationId: 'truck-driver',
      wanted: true,
    } as const;
    expect(reasonWords(reason, names)).toEqual({
      key: 'wanted',
      params: { expertise: 'expertise:logistics', occupation: 'occupation:truck-driver' },
    });
    expect(reasonWords({ ...reason, wanted: false }, names).key).toBe('suited');
  });

  it('word place, branch, meeting online and rating', () => {
    expect(reasonWords({ kind: 'same-city', cityId: 'nanjing' }, names)).toEqual({
      key: 'sameCity',
      params: { city: 'city:nanjing' },
    });
    expect(reasonWords({ kind: 'preferred-city', cityId: 'suzhou' }, names).key).toBe('preferredCity');
    expect(reasonWords({ kind: 'online' }, names)).toEqual({ key: 'online', params: {} });
    expect(reasonWords({ kind: 'same-branch', branch: 'navy' }, names).params).toEqual({
      branch: 'branch:navy',
    });
    expect(reasonWords({ kind: 'rating', average: 4.25, count: 7 }, names).params).toEqual({
      average: '4.3',
      count: 7,
    });
  });

  it('name each occupation once', () => {
    expect(
      occupationsNamed([
        { kind: 'expertise', expertise: 'logistics', occupationId: 'truck-driver', wanted: true },
        { kind: 'expertise', expertise: 'driving-transport', occupationId: 'truck-driver', wanted: true },
        { kind: 'online' },
      ]),
    ).toEqual(['truck-driver']);
  });
});
