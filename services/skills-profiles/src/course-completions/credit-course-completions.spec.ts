import type { CourseCompletedPayload } from '@vetlink/contracts';
import { contentOf, CourseCompletion, hasChanged, VeteranProfile } from '@vetlink/profiles';
import { bareProfile } from '@vetlink/profiles/testing';
import type { ProfileEdit, ProfileWriter } from '../profiles/profile-writer';
import type { ProfilesRepository } from '../profiles/profiles.repository';
import { CreditCourseCompletions } from './credit-course-completions';
import type { PendingCourseCompletionsRepository } from './pending-course-completions.repository';

const now = new Date('2026-11-21T10:00:00Z');

const payload: CourseCompletedPayload = {
  enrolmentId: 'enrolment-1',
  runId: 'run-1',
  courseId: 'course-forklift',
  veteranId: 'veteran-1',
  courseTitle: '叉车司机培训',
  cityId: 'nanjing',
  startsOn: '2026-11-02',
  endsOn: '2026-11-21',
  skillIds: ['forklift-operation'],
  certificateIds: ['forklift-licence'],
  attendancePercent: 100,
  recordedBy: 'officer-5',
  completedAt: '2026-11-21T09:00:00.000Z',
};

/** The profile store and the pending completions in memory: the orchestration alone, no engine. */
class World {
  profile: VeteranProfile | undefined;
  erased = false;
  pending = new Map<string, CourseCompletion>();
  /** Runs once, right after a completion is kept pending: what another process did meanwhile. */
  afterKeep?: () => void;

  readonly profiles = {
    findById: async () => this.profile,
    isErased: async () => this.erased,
  } as unknown as ProfilesRepository;

  readonly writer = {
    // As ProfileWriter: an edit that changes nothing writes nothing.
    apply: async (current: VeteranProfile, edit: ProfileEdit) => {
      const next = edit(contentOf(current), now);
      if (!hasChanged(contentOf(current), next)) return current;
      this.profile = { ...current, ...next, revision: current.revision + 1 };
      return this.profile;
    },
  } as unknown as ProfileWriter;

  readonly pendingRepository = {
    keep: async (_veteranId: string, completion: CourseCompletion) => {
      if (!this.pending.has(completion.enrolmentId)) this.pending.set(completion.enrolmentId, completion);
      const meanwhile = this.afterKeep;
      this.afterKeep = undefined;
      meanwhile?.();
    },
    ofVeteran: async () => [...this.pending.values()],
    remove: async (enrolmentId: string) => void this.pending.delete(enrolmentId),
  } as unknown as PendingCourseCompletionsRepository;

  readonly useCase = new CreditCourseCompletions(this.profiles, this.writer, this.pendingRepository, {
    now: () => now,
  } as never);
}

describe('crediting completions as they arrive', () => {
  it('credits a profile once, however often the completion comes', async () => {
    const world = new World();
    world.profile = bareProfile();
    await world.useCase.completed(payload);
    await world.useCase.completed(payload);
    expect(world.profile?.revision).toBe(2);
    expect(world.profile?.certificateIds).toEqual(['forklift-licence']);
    expect(world.pending.size).toBe(0);
  });

  it('keeps the completion of a veteran without a profile, and credits it when the profile is created', async () => {
    const world = new World();
    await world.useCase.completed(payload);
    expect([...world.pending.keys()]).toEqual(['enrolment-1']);

    world.profile = bareProfile();
    await world.useCase.profileCreated('veteran-1');
    expect(world.profile?.courseCompletions.map((completion) => completion.enrolmentId)).toEqual([
      'enrolment-1',
    ]);
    expect(world.pending.size).toBe(0);
  });

  it('credits a profile created between its first look and keeping the completion pending', async () => {
    const world = new World();
    // The profile appears and its profile-created handler runs before the completion is kept: it finds nothing.
    world.afterKeep = () => (world.profile = bareProfile());
    await world.useCase.completed(payload);
    expect(world.profile?.certificateIds).toEqual(['forklift-licence']);
    expect(world.pending.size).toBe(0);
  });

  it('keeps nothing of an erased veteran', async () => {
    const world = new World();
    world.erased = true;
    await world.useCase.completed(payload);
    expect(world.pending.size).toBe(0);
  });
});
