import {
  incubatorApplicationDecided,
  incubatorApplicationSubmitted,
  milestoneReached,
  startupAdmitted,
  startupGraduated,
} from '@vetlink/contracts';
import { eventOrigin, pendingEvent, PendingEvent } from '@vetlink/messaging';
import type { Base } from '../../bases/domain/base';
import { SERVICE_NAME } from '../../service-name';
import { Application, decisionOf, Milestone, residenceOf } from '../domain/application';

function ref(application: Application, base: Pick<Base, 'cityId'>) {
  return {
    applicationId: application.id,
    programmeId: application.programmeId,
    baseId: application.baseId,
    veteranId: application.founderId,
    cityId: base.cityId,
  };
}

export function submittedEvent(application: Application, base: Base, at: Date): PendingEvent {
  const { venture, team } = application;
  return pendingEvent(
    incubatorApplicationSubmitted,
    {
      ...ref(application, base),
      industry: venture.industry,
      stage: venture.stage,
      registered: venture.registration.registered,
      teamSize: team.length,
      veteranMembers: team.filter((member) => member.veteran).length,
      fundingNeedFen: venture.fundingNeedFen,
      submittedAt: at.toISOString(),
    },
    eventOrigin(SERVICE_NAME, at),
  );
}

export function decidedEvent(application: Application, base: Base, at: Date): PendingEvent {
  const decision = decisionOf(application);
  return pendingEvent(
    incubatorApplicationDecided,
    {
      ...ref(application, base),
      decision: decision.outcome,
      reason: decision.reason,
      ...(decision.outcome === 'waitlisted' && application.waitlistPosition
        ? { waitlistPosition: application.waitlistPosition }
        : {}),
      ...(decision.review ? { reviewTotal: decision.review.total } : {}),
      decidedAt: at.toISOString(),
    },
    eventOrigin(SERVICE_NAME, at),
  );
}

export function admittedEvent(application: Application, base: Base, at: Date): PendingEvent {
  const units = residenceOf(application).units.map((claimId) => {
    const [, , spaceType, number] = claimId.split(':');
    return { spaceType: spaceType as 'workstation', unit: Number(number) };
  });
  return pendingEvent(
    startupAdmitted,
    { ...ref(application, base), units, admittedAt: at.toISOString() },
    eventOrigin(SERVICE_NAME, at),
  );
}

export function milestoneEvent(
  application: Application,
  base: Base,
  milestone: Milestone,
  at: Date,
): PendingEvent {
  return pendingEvent(
    milestoneReached,
    {
      ...ref(application, base),
      milestoneId: milestone.id,
      goal: milestone.goal,
      target: milestone.target,
      dueOn: milestone.dueOn,
      reachedAt: at.toISOString(),
    },
    eventOrigin(SERVICE_NAME, at),
  );
}

export function graduatedEvent(application: Application, base: Base, at: Date): PendingEvent {
  const ended = residenceOf(application).ended;
  if (!ended) throw new Error(`application ${application.id} has not left residence`);
  return pendingEvent(
    startupGraduated,
    { ...ref(application, base), ending: ended.how, ...ended.outcomes, endedAt: at.toISOString() },
    eventOrigin(SERVICE_NAME, at),
  );
}
