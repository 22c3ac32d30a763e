import { profileSnapshot } from '@vetlink/matching-score/testing';
import { DEFAULT_POLICY, veteranForMatching } from '@vetlink/matching-score';
import { pickDigestJobs } from '../../digests/domain/pick-jobs';
import { CandidateIndex } from '../../digests/domain/candidate-index';
import { matchingInputsOf } from './matching-inputs';

describe('matching inputs read from a stored snapshot', () => {
  it('are what the score reads from a well-formed snapshot, nothing repaired', () => {
    const snapshot = profileSnapshot('vet-1');
    const inputs = matchingInputsOf(snapshot);
    expect(inputs?.repaired).toEqual([]);
    // Every field the digest reads is the score's own reading of the snapshot.
    expect(veteranForMatching(snapshot)).toMatchObject(inputs!.veteran);
  });

  it('repair a list that is not a list (the digest used to throw "declaredSkills is not iterable")', () => {
    const stored = { ...profileSnapshot('vet-2'), declaredSkills: { skillId: 'forklift-operation' } };
    const inputs = matchingInputsOf(stored);
    expect(inputs?.repaired).toEqual(['declaredSkills']);
    expect(inputs?.veteran.declaredSkills).toEqual([]);
    // …and a digest is picked from them without throwing.
    const window = { since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-11-08T00:00:00Z') };
    const index = new CandidateIndex([]);
    expect(() =>
      pickDigestJobs(inputs!.veteran, index, new Map(), window, {
        size: 10,
        minimumScore: 45,
        candidateLimit: 200,
        match: DEFAULT_POLICY,
      }),
    ).not.toThrow();
  });

  it('keep the well-formed entries of a list and drop the malformed ones', () => {
    const good = { skillId: 'forklift-operation', level: 3, verified: true };
    const inputs = matchingInputsOf({
      ...profileSnapshot('vet-3'),
      declaredSkills: [good, null, { level: 2 }, 'welding'],
      certificateIds: ['forklift-licence', 42],
    });
    expect(inputs?.veteran.declaredSkills).toEqual([good]);
    expect(inputs?.veteran.certificateIds).toEqual(['forklift-licence']);
    expect(inputs?.repaired).toEqual(['declaredSkills', 'certificateIds']);
  });

  it('fall back to what asks least of the veteran for a malformed value', () => {
    const inputs = matchingInputsOf({
      ...profileSnapshot('vet-4'),
      radiusKm: '30',
      minimumMonthlySalary: -1,
      residence: { cityId: 'nanjing', lat: 'north' },
      seniorityBand: 'general',
      employmentTypes: undefined,
    });
    expect(inputs?.veteran).toMatchObject({
      radiusKm: null,
      minimumMonthlySalary: null,
      residence: null,
      seniorityBand: 'entry',
      employmentTypes: [],
    });
    expect(inputs?.repaired.sort()).toEqual(
      ['employmentTypes', 'minimumMonthlySalary', 'radiusKm', 'residence', 'seniorityBand'].sort(),
    );
  });

  it('keep a home without its precision (the score does not read it)', () => {
    const { residence } = profileSnapshot('vet-5');
    const { precision: _precision, ...home } = residence!;
    expect(matchingInputsOf({ ...profileSnapshot('vet-5'), residence: home })?.veteran.residence).toEqual(
      home,
    );
  });

  it('are refused when not even the veteran id can be read', () => {
    expect(matchingInputsOf({ ...profileSnapshot('vet-6'), veteranId: 7 })).toBeNull();
    expect(matchingInputsOf(null)).toBeNull();
    expect(matchingInputsOf('a string')).toBeNull();
  });
});
