import { TOPICS } from '@vetlink/contracts';
import { startGroupAtEnd, testEngines, uniqueName } from '@vetlink/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import { SERVICE_NAME } from '../src/service-name';
import { mentorsConfigFor, MentorsHarness, shanghaiAt, startMentors } from './support/mentors-harness';

const INSTANCES = 5;
const ATTEMPTS = 50;
const repoRoot = join(__dirname, '../../..');

interface Instance {
  process: ChildProcess;
  url: string;
}

/** Starts one service instance in a child process on the test's database and waits until it listens. */
async function startInstance(mentors: MentorsHarness, index: number): Promise<Instance> {
  const consumerGroup = uniqueName(`it-race-${index}`);
  await startGroupAtEnd(testEngines.kafkaBrokers, `${SERVICE_NAME}.${consumerGroup}`, [
    TOPICS.veteranProfiles,
  ]);
  const config = mentorsConfigFor(mentors.service.kit, { LOG_LEVEL: 'warn', PROCESS_ROLE: 'api' });
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', 'services/mentors/test/support/booking-instance.ts'],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        SWC_NODE_PROJECT: 'tsconfig.base.json',
        MENTORS_INSTANCE_CONFIG: JSON.stringify({ config, consumerGroup }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    let errors = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /listening (\d+)/.exec(output);
      if (found) resolve(Number(found[1]));
    });
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (code) =>
      reject(new Error(`instance ${index} exited (${code}): ${errors.slice(-2000)}`)),
    );
  });
  return { process: child, url: `http://127.0.0.1:${port}` };
}

describe('mentors: one slot, 50 attempts from 5 processes', () => {
  let mentors: MentorsHarness;
  const instances: Instance[] = [];

  beforeAll(async () => {
    mentors = await startMentors();
    instances.push(
      ...(await Promise.all(Array.from({ length: INSTANCES }, (_, index) => startInstance(mentors, index)))),
    );
  }, 240_000);

  afterAll(async () => {
    await Promise.all(
      instances.map(
        (instance) =>
          new Promise<void>((resolve) => {
            instance.process.once('exit', () => resolve());
            instance.process.kill('SIGTERM');
          }),
      ),
    );
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
