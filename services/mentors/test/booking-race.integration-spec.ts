import { TOPICS } from '@vetlink/contracts';
import { uniqueName } from '@vetlink/testing';
import { InstanceProcess, startInstanceProcess } from '@vetlink/testing/service';
import request from 'supertest';
import { SERVICE_NAME } from '../src/service-name';
import { mentorsConfigFor, MentorsHarness, shanghaiAt, startMentors } from './support/mentors-harness';

const INSTANCES = 5;
const ATTEMPTS = 50;

/** Starts one service instance in a child process on the test's database and waits until it listens. */
function startInstance(mentors: MentorsHarness, index: number): Promise<InstanceProcess> {
  return startInstanceProcess({
    script: 'services/mentors/test/support/booking-instance.ts',
    serviceName: SERVICE_NAME,
    consumedTopics: [TOPICS.veteranProfiles],
    config: mentorsConfigFor(mentors.service.kit, { LOG_LEVEL: 'warn', PROCESS_ROLE: 'api' }),
    index,
  });
}

describe('mentors: one slot, 50 attempts from 5 processes', () => {
  let mentors: MentorsHarness;
  const instances: InstanceProcess[] = [];

  beforeAll(async () => {
    mentors = await startMentors();
    instances.push(
      ...(await Promise.all(Array.from({ length: INSTANCES }, (_, index) => startInstance(mentors, index)))),
    );
  }, 240_000);

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await mentors?.close();
  });

  it('lets exactly one booking through and answers the other 49 with 409', async () => {
    const mentorId = await mentors.verifiedMentor();
    const start = shanghaiAt(5, 10).toISOString();
    const attempts = Array.from({ length: ATTEMPTS }, (_, attempt) => {
      const instance = instances[attempt % INSTANCES];
      const veteranId = uniqueName(`veteran-${attempt}`);
      return request(instance.url)
        .post('/sessions')
        .set('authorization', mentors.as(veteranId, 'veteran'))
        .send({ mentorId, start, topic: 'Moving into e-commerce' })
        .then((response) => response.status);
    });
    const statuses = await Promise.all(attempts);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(ATTEMPTS - 1);
    expect(await mentors.count('sessions', { mentorId })).toBe(1);
    // Every loser released what it claimed: only the winner's claims remain.
    const [session] = await mentors.service.connection.collection('sessions').find({ mentorId }).toArray();
    expect(await mentors.count('claims', { sessionId: { $ne: String(session._id) } })).toBe(0);
  });
});
