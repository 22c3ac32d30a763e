import { InvalidInputError, NotFoundError } from '@vetlink/http';
import { Application, CheckIn, Milestone, MilestoneStatus, Outcomes, residenceOf } from './application';
import { assertCanTake } from './lifecycle';

/** A new milestone for a startup in residence (goal, measure, target, due date), open until reached. */
export function addMilestone(
  application: Application,
  milestone: Omit<Milestone, 'status' | 'checkIns'>,
  at: Date,
): Application {
  assertCanTake(application, 'track-milestones');
  const residence = residenceOf(application);
  return {
    ...application,
    residence: {
      ...residence,
      milestones: [...residence.milestones, { ...milestone, status: 'open', checkIns: [] }],
    },
    updatedAt: at,
  };
}

/**
 * A check-in on a milestone, optionally changing its status. `reached` is true when this check-in is
 * the one that reached it (the milestone-reached event goes out once, with that change).
 */
export function checkIn(
  application: Application,
  milestoneId: string,
  entry: CheckIn & { status?: MilestoneStatus },
): { application: Application; reached?: Milestone } {
  assertCanTake(application, 'track-milestones');
  const residence = residenceOf(application);
  const milestone = residence.milestones.find((candidate) => candidate.id === milestoneId);
  if (!milestone) throw new NotFoundError(`the startup has no milestone ${milestoneId}`);
  const { status, ...note } = entry;
  const nowReached = status === 'reached' && milestone.status !== 'reached';
  const next: Milestone = {
    ...milestone,
    status: status ?? milestone.status,
    checkIns: [...milestone.checkIns, note],
    ...(nowReached ? { reachedAt: entry.at } : {}),
  };
  return {
    application: {
      ...application,
      residence: {
        ...residence,
        milestones: residence.milestones.map((candidate) =>
          candidate.id === milestoneId ? next : candidate,
        ),
      },
      updatedAt: entry.at,
    },
    ...(nowReached ? { reached: next } : {}),
  };
}

/** Outcomes that contradict each other, by field. */
export function outcomeIssues(outcomes: Outcomes): void {
  if (outcomes.jobsForVeterans > outcomes.jobsCreated)
    throw new InvalidInputError([
      { field: 'outcomes.jobsForVeterans', message: 'cannot be more than the jobs created' },
    ]);
}

/** A milestone links only mentors the bureau verified (known from the mentors service's events): 400 naming each other. */
export function assertVerifiedMentors(mentorIds: readonly string[], verified: ReadonlySet<string>): void {
  const issues = mentorIds.flatMap((id, index) =>
    verified.has(id) ? [] : [{ field: `mentorIds.${index}`, message: `${id} is not a verified mentor` }],
  );
  if (issues.length > 0) throw new InvalidInputError(issues);
}
