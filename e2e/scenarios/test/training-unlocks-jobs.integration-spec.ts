import { waitFor } from '@vetlink/testing';
import { forkliftJob, shanghaiDay, warehouseHandProfile } from './support/bodies';
import { ApiClient } from './support/client';
import { EmployerMember, People, Person } from './support/people';
import { OWN_EVENTS_ONLY } from './support/own-events';
import { Platform } from './support/platform';
import { CompletionPublisher, forkliftCourse, forkliftRun } from './support/training';

/**
 * Issue 20's journey through the gateway: jobs that need a forklift licence are not pushed to a
 * veteran without one; the bureau's course is suggested, the veteran enrols, completes it, the profile
 * shows the licence verified with the course as its source, and each of those jobs is pushed once.
 */
const SERVICES = [
  'accounts',
  'gateway',
  'job-postings',
  'skills-profiles',
  'matching',
  'notifications',
  'trainings',
];

interface InboxItem {
  type: string;
  link: string | null;
}

describe('e2e: a course that unlocks jobs', () => {
  const platform = new Platform(SERVICES, OWN_EVENTS_ONLY);
  const completions = new CompletionPublisher();
  let api: ApiClient;
  let officer: Person;
  let employer: EmployerMember;
  let veteran: Person;
  const jobIds: string[] = [];

  const pushesOf = async (jobId: string): Promise<InboxItem[]> => {
    const page = await api.expect(200, 'GET', '/api/inbox?lang=en&limit=50', { token: veteran.token });
    return (page.items as InboxItem[]).filter(
      (item) => item.type === 'job-matched' && item.link?.endsWith(`/jobs/${jobId}`),
    );
  };

  beforeAll(async () => {
    await completions.ready();
    await platform.start();
    api = new ApiClient(platform.gatewayUrl);
    const people = new People(api, platform);
    officer = await people.officer('officer');
    employer = await people.verifiedEmployer('employer', '南京e2e仓储服务有限公司', officer);
    veteran = await people.veteran('warehouse-hand');
    await people.created('PUT', '/api/profiles/me', warehouseHandProfile(), veteran.token);
    await people.knownToMatching(veteran);
    await people.notificationPreferences(veteran, { jobPushDailyCap: 50, quietHours: null });
    for (const [title, address] of [
      ['叉车司机', '江宁区秣周东路 12 号'],
      ['仓库叉车工', '江宁区将军大道 88 号'],
    ]) {
      const draft = await api.expect(201, 'POST', '/api/jobs', {
        token: employer.token,
        body: forkliftJob(title, address),
      });
      await api.expect(200, 'POST', `/api/jobs/${draft.id}/publish`, { token: employer.token });
      jobIds.push(draft.id as string);
    }
  }, 480_000);

  afterAll(async () => {
    await completions.close();
    await platform.stop();
  });

  it('does not push a job whose licence the veteran lacks; completing the course pushes each such job once', async () => {
    for (const jobId of jobIds) {
      const why = await waitFor(
        async () => {
          const answer = await api.call('GET', `/api/veterans/me/jobs/${jobId}/why`, {
            token: veteran.token,
          });
          return answer.status === 200 ? answer.body : undefined;
        },
        { timeoutMs: 30_000, intervalMs: 250, what: 'matching to know the job' },
      );
      expect({ eligible: why.eligible, pushWorthy: why.pushWorthy }).toEqual({
        eligible: false,
        pushWorthy: false,
      });
      expect(await pushesOf(jobId)).toEqual([]);
    }

    const course = await api.expect(201, 'POST', '/api/trainings/courses', {
      token: officer.token,
      body: forkliftCourse(),
    });
    const run = await api.expect(201, 'POST', `/api/trainings/courses/${course.id}/runs`, {
      token: officer.token,
      body: forkliftRun(shanghaiDay),
    });
    const enrolment = await api.expect(201, 'POST', `/api/trainings/runs/${run.id}/enrolments`, {
      token: veteran.token,
    });
    expect(enrolment.status).toBe('enrolled');

    const completed = {
      enrolmentId: enrolment.id as string,
      runId: run.id as string,
      courseId: course.id as string,
      veteranId: veteran.userId,
      courseTitle: course.title as string,
      cityId: 'nanjing',
      startsOn: run.startsOn as string,
      endsOn: run.endsOn as string,
      trainingId: 'forklift-course',
      skillIds: ['forklift-operation'],
      certificateIds: ['forklift-licence'],
      attendancePercent: 100,
      recordedBy: officer.userId,
      completedAt: new Date().toISOString(),
    };
    const eventId = await completions.publish(completed);

    const profile = await waitFor(
      async () => {
        const mine = await api.expect(200, 'GET', '/api/profiles/me', { token: veteran.token });
        return (mine.certificateIds as string[]).includes('forklift-licence') ? mine : undefined;
      },
      { timeoutMs: 45_000, intervalMs: 250, what: 'the licence on the profile' },
    );
    const skill = (profile.skills as { skillId: string; verification: unknown }[]).find(
      (declared) => declared.skillId === 'forklift-operation',
    );
    expect(skill?.verification).toBeTruthy();
    expect(JSON.stringify(profile)).toContain(course.id as string);

    // Matching's read model has the new revision: both jobs are worth a push now.
    for (const jobId of jobIds) {
      const why = await waitFor(
        async () => {
          const answer = await api.call('GET', `/api/veterans/me/jobs/${jobId}/why`, {
            token: veteran.token,
          });
          return answer.status === 200 && answer.body.eligible ? answer.body : undefined;
        },
        { timeoutMs: 45_000, intervalMs: 250, what: 'matching to see the licence' },
      );
      expect({ score: why.score, pushWorthy: why.pushWorthy }).toEqual({
        score: why.score,
        pushWorthy: true,
      });
    }
    for (const jobId of jobIds)
      await waitFor(async () => ((await pushesOf(jobId)).length > 0 ? true : undefined), {
        timeoutMs: 45_000,
        intervalMs: 250,
        what: `the push of job ${jobId}`,
      });

    // Delivered again (as Kafka may): the profile changes no more and nothing is pushed twice.
    const revision = profile.revision as number;
    await completions.republish(completed, eventId);
    await new Promise((settle) => setTimeout(settle, 4000));
    const after = await api.expect(200, 'GET', '/api/profiles/me', { token: veteran.token });
    expect(after.revision).toBe(revision);
    for (const jobId of jobIds) expect(await pushesOf(jobId)).toHaveLength(1);
  }, 240_000);
});
