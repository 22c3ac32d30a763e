import type {
  incubatorApplicationDecided,
  incubatorApplicationSubmitted,
  PayloadOf,
  startupAdmitted,
  startupGraduated,
} from '@vetlink/contracts';
import { counted, type Contribution } from './contribution';
import type { FigureId } from './figures';

type SubmittedPayload = PayloadOf<typeof incubatorApplicationSubmitted>;
type DecidedPayload = PayloadOf<typeof incubatorApplicationDecided>;
type AdmittedPayload = PayloadOf<typeof startupAdmitted>;
type GraduatedPayload = PayloadOf<typeof startupGraduated>;

const DECISION_FIGURES: Record<DecidedPayload['decision'], FigureId> = {
  accepted: 'incubation-accepted',
  rejected: 'incubation-rejected',
  waitlisted: 'incubation-waitlisted',
};

const ENDING_FIGURES: Record<GraduatedPayload['ending'], FigureId> = {
  graduated: 'startups-graduated',
  exited: 'startups-exited',
};

/** Every incubators event names the base's city; none names a district. */
export function incubationApplicationContributions(application: SubmittedPayload): Contribution[] {
  return [counted('incubation-applications', application.submittedAt, application)];
}

/** Each decision as sent: a waitlisted application moved up later counts again, as accepted. */
export function incubationDecisionContributions(decided: DecidedPayload): Contribution[] {
  return [counted(DECISION_FIGURES[decided.decision], decided.decidedAt, decided)];
}

export function admissionContributions(admitted: AdmittedPayload): Contribution[] {
  return [counted('startups-admitted', admitted.admittedAt, admitted)];
}

/** Leaving residence, graduated or exited early: both report the jobs the startup created. */
export function graduationContributions(ended: GraduatedPayload): Contribution[] {
  return [
    counted(ENDING_FIGURES[ended.ending], ended.endedAt, ended),
    counted('incubation-jobs-created', ended.endedAt, ended, ended.jobsCreated),
    counted('incubation-jobs-for-veterans', ended.endedAt, ended, ended.jobsForVeterans),
  ];
}
