import { driverVeteran, forkliftJob, NOW, truckJob, veteranFrom } from '../testing/fixtures';
import { DERIVED_SKILL_LEVEL, skillFit } from './skill-fit';
import { distanceDecay, locationFit } from './location-fit';
import { salaryFit } from './salary-fit';
import { acceptableEmploymentTypes, employmentFit } from './employment-fit';
import { certificateGate, coveringCertificate } from './certificate-gate';
import { occupationFit } from './occupation-fit';
import { seniorityFit } from './seniority-fit';
import { recencyFit } from './recency-fit';
import { priorityFit } from './priority-fit';
import { compareAssessments, isPushWorthy, scoreMatch } from './score-match';
import { DEFAULT_POLICY, DEFAULT_WEIGHTS, totalWeight } from './weights';

const kinds = (reasons: { kind: string }[]) => reasons.map((reason) => reason.kind);

describe('the weights', () => {
  it('add up to 100 points', () => {
    expect(totalWeight(DEFAULT_WEIGHTS)).toBe(100);
  });
});

describe('skill overlap after the crosswalk', () => {
  it('gives full credit for a direct link at or below the working level', () => {
    const fit = skillFit(forkliftJob({ preferredSkills: [] }), driverVeteran());
    expect(fit.fit).toBe(1);
    expect(fit.reasons[0]).toMatchObject({
      kind: 'skill',
      skillId: 'forklift-operation',
      requirement: 'required',
      via: { kind: 'training', id: 'forklift-course' },
      strength: 'direct',
    });
  });

  it('weighs a partial link by STRENGTH_WEIGHTS (0.6) and a transferable one by 0.3', () => {
    const job = forkliftJob({
      requiredSkills: [{ skillId: 'excavator-operation', level: 3 }],
      preferredSkills: [],
    });
    const tankDriver = veteranFrom({ specialties: ['tracked-vehicle-driver'] });
    expect(tankDriver.derivedSkills.find((skill) => skill.skillId === 'excavator-operation')?.strength).toBe(
      'transferable',
    );
    expect(skillFit(job, tankDriver).fit).toBeCloseTo(0.3);
    const offRoad = forkliftJob({
      requiredSkills: [{ skillId: 'off-road-driving', level: 3 }],
      preferredSkills: [],
    });
    expect(skillFit(offRoad, tankDriver).fit).toBeCloseTo(0.6);
  });

  it('discounts a level above what service evidences', () => {
    const job = forkliftJob({
      requiredSkills: [{ skillId: 'forklift-operation', level: 5 }],
      preferredSkills: [],
    });
    expect(skillFit(job, driverVeteran()).fit).toBeCloseTo(DERIVED_SKILL_LEVEL / 5);
  });

  it('counts a preferred skill half as much as a required one', () => {
    const job = forkliftJob({
      requiredSkills: [{ skillId: 'forklift-operation', level: 3 }],
      preferredSkills: [{ skillId: 'welding', level: 3 }],
    });
    // Required met (1 × 1), preferred missing (0.5 × 0): 1 / 1.5.
    expect(skillFit(job, driverVeteran()).fit).toBeCloseTo(1 / 1.5);
  });

  it('credits a declared skill by its level, verified ones fully and self-declared ones at 0.85', () => {
    const job = forkliftJob({
      occupationId: 'welder',
      requiredSkills: [{ skillId: 'welding', level: 4 }],
      preferredSkills: [],
    });
    const declared = (verified: boolean) =>
      driverVeteran({ declaredSkills: [{ skillId: 'welding', level: 2, verified }] });
    expect(skillFit(job, declared(true)).fit).toBeCloseTo(0.5);
    expect(skillFit(job, declared(false)).fit).toBeCloseTo(0.425);
    expect(skillFit(job, declared(true)).reasons[0]?.via).toEqual({ kind: 'declared', id: null });
  });

  it('names a missing required skill as a gap, not a veto', () => {
    const job = forkliftJob({
      occupationId: 'welder',
      requiredSkills: [{ skillId: 'welding', level: 2 }],
      preferredSkills: [],
    });
    const fit = skillFit(job, driverVeteran());
    expect(fit.fit).toBe(0);
    expect(fit.vetoes).toEqual([]);
    expect(fit.reasons).toEqual([
      { kind: 'skill-missing', polarity: 'gap', skillId: 'welding', requirement: 'required' },
    ]);
  });

  it("lets the occupation's core skills speak (at 0.8) when the listed skills say less", () => {
    // The employer's typed skills mapped to one skill the driver lacks; the job is still a forklift job.
    const job = forkliftJob({ requiredSkills: [{ skillId: 'welding', level: 2 }], preferredSkills: [] });
    const fit = skillFit(job, driverVeteran());
    expect(fit.fit).toBeGreaterThan(0.5);
    expect(fit.fit).toBeLessThanOrEqual(0.8);
    expect(fit.reasons[0]).toMatchObject({ kind: 'skill', polarity: 'match' });
  });

  it("uses the occupation's core skills when the job lists none", () => {
    const job = truckJob({ requiredSkills: [], preferredSkills: [] });
    const fit = skillFit(job, driverVeteran());
    // Truck driver's core skills: heavy-truck driving and vehicle maintenance (direct, 1 each), cargo
    // securing and route planning (partial, 0.6 each): 3.2 of 4.
    expect(fit.fit).toBeCloseTo(0.8);
    expect(kinds(fit.reasons)).toEqual(['skill', 'skill', 'skill', 'skill']);
  });
});

describe('certificates are hard requirements', () => {
  it('accepts a higher class that covers the required licence, and says which', () => {
    const gate = certificateGate(truckJob(), driverVeteran());
    expect(gate.vetoes).toEqual([]);
    expect(gate.reasons).toEqual([
      {
        kind: 'certificate',
        polarity: 'match',
        certificateId: 'driving-licence-c1',
        heldCertificateId: 'driving-licence-a2',
      },
    ]);
  });

  it('vetoes a missing licence', () => {
    const gate = certificateGate(truckJob(), driverVeteran({ certificateIds: ['forklift-licence'] }));
    expect(gate.vetoes).toEqual([
      { kind: 'certificate-missing', polarity: 'veto', certificateId: 'driving-licence-c1' },
    ]);
  });

  it('names the nearest covering class', () => {
    expect(coveringCertificate(['driving-licence-a1', 'driving-licence-b2'], 'driving-licence-c1')).toBe(
      'driving-licence-b2',
    );
    expect(coveringCertificate(['driving-licence-c1'], 'driving-licence-c1')).toBe('driving-licence-c1');
  });
});

describe('distance from home against the radius', () => {
  it('is full on the doorstep and falls to 0.4 at the radius', () => {
    expect(distanceDecay(3, 30)).toBe(1);
    expect(distanceDecay(30, 30)).toBeCloseTo(0.4);
    expect(distanceDecay(17.5, 30)).toBeCloseTo(0.7);
  });

  it('reports the distance within the radius', () => {
    const fit = locationFit(forkliftJob(), driverVeteran(), 30);
    expect(fit.distanceKm).toBeGreaterThan(9);
    expect(fit.distanceKm).toBeLessThan(12);
    expect(fit.reasons).toEqual([
      { kind: 'distance', polarity: 'match', distanceKm: fit.distanceKm, radiusKm: 30 },
    ]);
  });

  it('vetoes a job beyond the radius the veteran set', () => {
    const fit = locationFit(forkliftJob(), driverVeteran({ radiusKm: 5 }), 30);
    expect(fit.vetoes).toEqual([
      { kind: 'outside-radius', polarity: 'veto', distanceKm: fit.distanceKm, radiusKm: 5 },
    ]);
  });

  it('accepts a far job in a preferred city other than home', () => {
    const suzhou = forkliftJob({
      location: { cityId: 'suzhou', districtId: 'suzhou-gusu', lat: 31.3, lng: 120.62 },
    });
    const fit = locationFit(suzhou, driverVeteran({ preferredCityIds: ['nanjing', 'suzhou'] }), 30);
    expect(fit.vetoes).toEqual([]);
    expect(fit.reasons[0]).toMatchObject({ kind: 'preferred-city', cityId: 'suzhou' });
    expect(locationFit(suzhou, driverVeteran(), 30).vetoes[0]?.kind).toBe('outside-radius');
  });

  it('without a radius, vetoes only cities the veteran did not choose, and shrinks with distance', () => {
    const suzhou = forkliftJob({
      location: { cityId: 'suzhou', districtId: 'suzhou-gusu', lat: 31.3, lng: 120.62 },
    });
    const noRadius = driverVeteran({ radiusKm: null, preferredCityIds: ['nanjing'] });
    expect(locationFit(suzhou, noRadius, 30).vetoes[0]?.kind).toBe('outside-preferred-cities');
    const anywhere = driverVeteran({ radiusKm: null, preferredCityIds: [] });
    const far = locationFit(suzhou, anywhere, 30);
    expect(far.vetoes).toEqual([]);
    expect(far.fit).toBeLessThan(0.1);
  });

  it('is neutral when the home is unknown', () => {
    const fit = locationFit(forkliftJob(), driverVeteran({ residence: null, preferredCityIds: [] }), 30);
    expect(fit).toMatchObject({ fit: 0.5, distanceKm: null, vetoes: [] });
  });
});

describe('salary against the minimum', () => {
  it('is full when the whole range reaches the minimum', () => {
    expect(salaryFit(forkliftJob(), driverVeteran({ minimumMonthlySalary: 6000 })).fit).toBe(1);
  });

  it('is partial when only part of the range does', () => {
    expect(salaryFit(forkliftJob(), driverVeteran({ minimumMonthlySalary: 7000 })).fit).toBeCloseTo(0.45);
  });

  it('vetoes a range whose top is below the minimum', () => {
    const fit = salaryFit(forkliftJob(), driverVeteran({ minimumMonthlySalary: 9000 }));
    expect(fit.vetoes).toEqual([
      { kind: 'salary-below-floor', polarity: 'veto', salaryMin: 6000, salaryMax: 8000, salaryFloor: 9000 },
    ]);
  });

  it('is neither here nor there without a minimum', () => {
    expect(salaryFit(forkliftJob(), driverVeteran({ minimumMonthlySalary: null })).fit).toBe(0.6);
  });
});

describe('employment type', () => {
  it('fits what was asked, or anything when nothing was', () => {
    expect(employmentFit(forkliftJob(), driverVeteran()).fit).toBe(1);
    expect(
      employmentFit(forkliftJob({ employmentType: 'part-time' }), driverVeteran({ employmentTypes: [] })).fit,
    ).toBe(1);
  });

  it('takes a type the veteran chose and vetoes any other, a fixed-term contract for a full-time seeker too', () => {
    expect(employmentFit(forkliftJob({ employmentType: 'full-time' }), driverVeteran()).fit).toBe(1);
    for (const employmentType of ['contract', 'part-time'] as const)
      expect(employmentFit(forkliftJob({ employmentType }), driverVeteran()).vetoes[0]?.kind).toBe(
        'employment-type-mismatch',
      );
  });

  it('tells candidate searches which types to look at', () => {
    expect(acceptableEmploymentTypes(['full-time'])).toEqual(['full-time']);
    expect(acceptableEmploymentTypes([])).toBeUndefined();
  });
});

describe('occupation, seniority, recency and veteran priority', () => {
  it('scores an occupation asked for fully, and one reached through service by its strength', () => {
    expect(occupationFit(truckJob(), driverVeteran()).fit).toBe(1);
    const fleet = truckJob({ occupationId: 'fleet-manager' });
    expect(occupationFit(fleet, driverVeteran()).fit).toBeCloseTo(0.6);
    expect(
      occupationFit(fleet, driverVeteran({ desiredOccupationIds: ['fleet-manager'] })).reasons[0]?.via,
    ).toEqual({
      kind: 'desired',
      id: null,
    });
    expect(occupationFit(truckJob({ occupationId: 'chinese-chef' }), driverVeteran()).fit).toBe(0);
  });

  it('compares seniority bands', () => {
    expect(seniorityFit(truckJob(), driverVeteran({ seniorityBand: 'skilled' })).fit).toBe(1);
    expect(seniorityFit(truckJob(), driverVeteran({ seniorityBand: 'supervisory' })).fit).toBe(0.8);
    expect(seniorityFit(truckJob(), driverVeteran({ seniorityBand: 'entry' })).fit).toBe(0.5);
    expect(
      seniorityFit(truckJob({ occupationId: 'fleet-manager' }), driverVeteran({ seniorityBand: 'entry' }))
        .fit,
    ).toBe(0.1);
  });

  it('prefers fresh postings', () => {
    expect(recencyFit(forkliftJob({ postedAt: '2026-10-30T00:00:00Z' }), NOW).fit).toBe(1);
    expect(recencyFit(forkliftJob({ postedAt: '2026-09-01T00:00:00Z' }), NOW).fit).toBeCloseTo(0.2);
    const month = recencyFit(forkliftJob({ postedAt: '2026-10-03T01:00:00Z' }), NOW).fit;
    expect(month).toBeGreaterThan(0.2);
    expect(month).toBeLessThan(1);
  });

  it('gives the veteran flags their bonus', () => {
    expect(priorityFit(forkliftJob({ veteransOnly: true })).fit).toBe(1);
    expect(priorityFit(forkliftJob({ veteranPriority: true })).fit).toBe(0.7);
    expect(priorityFit(forkliftJob({ veteranPriority: false })).fit).toBe(0);
  });
});

describe('the whole score', () => {
  it('is the sum of the components, with every reason', () => {
    const assessment = scoreMatch(truckJob(), driverVeteran(), NOW);
    const sum = Object.values(assessment.components).reduce((total, points) => total + points, 0);
    expect(Math.abs(assessment.score - sum)).toBeLessThanOrEqual(1);
    expect(assessment.score).toBeGreaterThanOrEqual(85);
    expect(assessment.eligible).toBe(true);
    expect(kinds(assessment.reasons)).toEqual([
      'veteran-priority',
      'skill',
      'skill',
      'skill',
      'certificate',
      'occupation',
      'text',
      'distance',
      'salary',
      'employment-type',
      'seniority',
      'recent',
    ]);
  });

  it('keeps scoring a vetoed pair (for "why not") but never makes it eligible', () => {
    const assessment = scoreMatch(truckJob(), driverVeteran({ certificateIds: [] }), NOW);
    expect(assessment.eligible).toBe(false);
    expect(assessment.score).toBeGreaterThan(60);
    expect(isPushWorthy(assessment, DEFAULT_POLICY)).toBe(false);
  });

  it('collects every veto at once', () => {
    const assessment = scoreMatch(
      truckJob({ employmentType: 'part-time' }),
      driverVeteran({ certificateIds: [], radiusKm: 5, minimumMonthlySalary: 20_000 }),
      NOW,
    );
    expect(kinds(assessment.vetoes)).toEqual([
      'certificate-missing',
      'outside-radius',
      'salary-below-floor',
      'employment-type-mismatch',
    ]);
  });

  it('ranks a fitting job above a weaker one, and vetoed pairs last', () => {
    const veteran = driverVeteran();
    const jobs = [
      truckJob({
        jobId: 'cook',
        occupationId: 'chinese-chef',
        title: '厨师',
        requiredSkills: [{ skillId: 'chinese-cooking', level: 3 }],
        requiredCertificates: [],
      }),
      truckJob({
        jobId: 'far',
        location: { cityId: 'suzhou', districtId: 'suzhou-gusu', lat: 31.3, lng: 120.62 },
      }),
      truckJob({ jobId: 'truck' }),
      forkliftJob({ jobId: 'forklift', veteransOnly: true }),
    ];
    const ranked = jobs
      .map((job) => ({ assessment: scoreMatch(job, veteran, NOW), postedAt: job.postedAt, id: job.jobId }))
      .sort(compareAssessments)
      .map(({ id }) => id);
    expect(ranked).toEqual(['forklift', 'truck', 'cook', 'far']);
  });

  it('pushes only at or above the threshold', () => {
    const assessment = scoreMatch(truckJob(), driverVeteran(), NOW);
    expect(isPushWorthy(assessment, { pushThreshold: assessment.score })).toBe(true);
    expect(isPushWorthy(assessment, { pushThreshold: assessment.score + 1 })).toBe(false);
  });
});
