import { DEFAULT_POLICY, meetsHardRequirements } from '@vetlink/matching-score';
import {
  driverVeteran,
  forkliftJob,
  Random,
  syntheticJob,
  syntheticVeteran,
} from '@vetlink/matching-score/testing';
import { hardGate, JobColumns } from './hard-gate';

const NOW = new Date('2026-11-20T00:00:00Z');

describe('the hard gate on job columns', () => {
  it('never turns away a job the score lets through, and turns most of the vetoed ones away', () => {
    const random = new Random(14);
    const jobs = Array.from({ length: 400 }, (_, index) => syntheticJob(random, index, NOW));
    const columns = new JobColumns(jobs);
    let vetoed = 0;
    let turnedAway = 0;
    for (let index = 0; index < 300; index++) {
      const veteran = syntheticVeteran(random, index);
      const passes = hardGate(veteran, columns);
      jobs.forEach((job, position) => {
        const eligible = meetsHardRequirements(job, veteran, DEFAULT_POLICY);
        if (eligible)
          expect({ job: job.jobId, veteran: veteran.veteranId, passes: passes(position) }).toMatchObject({
            passes: true,
          });
        else {
          vetoed += 1;
          if (!passes(position)) turnedAway += 1;
        }
      });
    }
    // The gate leaves licences to the score, so not every veto is caught here, but most are.
    expect(vetoed).toBeGreaterThan(0);
    expect(turnedAway / vetoed).toBeGreaterThan(0.7);
  });

  it('turns away pay below the floor, an unwanted type and a job beyond the radius', () => {
    const veteran = driverVeteran({
      minimumMonthlySalary: 5000,
      employmentTypes: ['full-time'],
      radiusKm: 30,
    });
    const jobs = [
      forkliftJob({ jobId: 'fits' }),
      forkliftJob({ jobId: 'pay', salary: { min: 3000, max: 4500 } }),
      forkliftJob({ jobId: 'type', employmentType: 'internship' }),
      forkliftJob({
        jobId: 'far',
        location: { cityId: 'xuzhou', districtId: 'xuzhou-yunlong', lat: 34.2, lng: 117.2 },
      }),
    ];
    const passes = hardGate(veteran, new JobColumns(jobs));
    expect(jobs.filter((_, position) => passes(position)).map(({ jobId }) => jobId)).toEqual(['fits']);
  });
});
