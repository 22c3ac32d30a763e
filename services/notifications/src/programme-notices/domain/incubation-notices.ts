import type {
  incubatorApplicationDecided,
  PayloadOf,
  startupAdmitted,
  startupGraduated,
} from '@vetlink/contracts';
import { causeOf, Notice } from './notice';

type Decided = PayloadOf<typeof incubatorApplicationDecided>;
type Admitted = PayloadOf<typeof startupAdmitted>;
type Graduated = PayloadOf<typeof startupGraduated>;

/**
 * incubators.application-decided → the founder. A waitlisted application decided again (accepted when it
 * moves up) is a new fact: the decision and its time are part of the cause.
 */
export function incubationDecidedNotice(application: Decided): Notice {
  return {
    userId: application.veteranId,
    type: 'incubation-decision',
    cause: causeOf(application.applicationId, application.decision, application.decidedAt),
    data: {
      applicationId: application.applicationId,
      decision: application.decision,
      reason: application.reason,
      ...(application.waitlistPosition ? { waitlistPosition: application.waitlistPosition } : {}),
    },
  };
}

/** incubators.startup-admitted → the founder. */
export function startupAdmittedNotice(startup: Admitted): Notice {
  return {
    userId: startup.veteranId,
    type: 'incubation-admitted',
    cause: causeOf(startup.applicationId, 'admitted'),
    data: { applicationId: startup.applicationId, units: startup.units, admittedAt: startup.admittedAt },
  };
}

/** incubators.startup-graduated → the founder (graduated, or exited early). */
export function startupGraduatedNotice(startup: Graduated): Notice {
  return {
    userId: startup.veteranId,
    type: 'incubation-graduated',
    cause: causeOf(startup.applicationId, 'ended'),
    data: {
      applicationId: startup.applicationId,
      ending: startup.ending,
      jobsCreated: startup.jobsCreated,
      jobsForVeterans: startup.jobsForVeterans,
      endedAt: startup.endedAt,
    },
  };
}
