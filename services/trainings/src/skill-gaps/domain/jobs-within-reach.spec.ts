import { DEFAULT_POLICY, isPushWorthy, scoreMatch } from '@vetlink/matching-score';
import { NOW, Random, syntheticJob, syntheticVeteran } from '@vetlink/matching-score/testing';
import { listEntries } from '@vetlink/taxonomy';
import { closedJobs, CourseOffer } from './course-suggestions';
import { jobsWithinReach } from './jobs-within-reach';
import { gapsAmong } from './skill-gaps';

describe('jobs within a course’s reach', () => {
  it('leaves out only jobs no course could open: the same gaps as over every closed job (synthetic, seeded)', () => {
    const random = new Random(7);
    const jobs = Array.from({ length: 400 }, (_, index) =>
      syntheticJob(random, index, NOW, { cities: ['nanjing', 'zhenjiang'] }),
    );
    const courses: CourseOffer[] = listEntries('training').map((training) => ({
      courseId: training.id,
      title: training.zh,
      skillIds: training.skills.map((link) => link.skillId),
      certificateIds: training.certificatesAwarded ?? [],
    }));
    let candidates = 0;
    let closed = 0;
    for (let index = 0; index < 6; index += 1) {
      const veteran = syntheticVeteran(random, index, { homeCities: ['nanjing'] });
      const reach = jobsWithinReach(veteran, jobs, NOW);
      const everyClosed = closedJobs(veteran, jobs, NOW);
      expect(reach.openToday).toBe(
        jobs.filter((job) => isPushWorthy(scoreMatch(job, veteran, NOW), DEFAULT_POLICY)).length,
      );
      expect(gapsAmong(veteran, reach.candidates, courses, NOW)).toEqual(
        gapsAmong(veteran, everyClosed, courses, NOW),
      );
      candidates += reach.candidates.length;
      closed += everyClosed.length;
    }
    // It does narrow: most closed jobs are out of any course's reach.
    expect(candidates).toBeLessThan(closed / 2);
  });
});
