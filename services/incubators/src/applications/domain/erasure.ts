import type { Actor, Application } from './application';

/** What replaces an erased founder's id: one per application, so counts per founder stay countable. */
export function erasedFounder(applicationId: string): string {
  return `erased-founder-${applicationId}`;
}

const ERASED = 'erased';

/**
 * The application without the erased veteran: as founder, the venture's name, summary, credit code and
 * the team's names go and the founder's id becomes a placeholder; as a team member, their entry loses
 * name and id. What the bureau counts stays (industry, stage, state, decision, space, outcomes).
 */
export function anonymised(application: Application, veteranId: string): Application {
  const founder = application.founderId === veteranId;
  const placeholder = erasedFounder(application.id);
  const actor = (by: Actor): Actor => (by.userId === veteranId ? { ...by, userId: placeholder } : by);
  const { venture } = application;
  return {
    ...application,
    founderId: founder ? placeholder : application.founderId,
    venture: founder
      ? {
          ...venture,
          name: ERASED,
          summary: ERASED,
          registration: venture.registration.registered
            ? { registered: true, creditCode: ERASED }
            : venture.registration,
        }
      : venture,
    team: application.team.map((member) =>
      founder || member.veteranId === veteranId
        ? { name: ERASED, role: member.role, veteran: member.veteran }
        : member,
    ),
    history: application.history.map((step) => ({ ...step, by: actor(step.by) })),
    ...(application.decision
      ? { decision: { ...application.decision, by: actor(application.decision.by) } }
      : {}),
    ...(application.residence
      ? {
          residence: {
            ...application.residence,
            milestones: application.residence.milestones.map((milestone) => ({
              ...milestone,
              checkIns: milestone.checkIns.map((entry) =>
                entry.by === veteranId
                  ? { ...entry, by: placeholder, note: founder ? ERASED : entry.note }
                  : entry,
              ),
            })),
          },
        }
      : {}),
  };
}
