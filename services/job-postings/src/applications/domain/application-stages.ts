import type { ApplicationActor, ApplicationStage } from '@vetlink/contracts';
import { ForbiddenError, IllegalTransitionError } from '@vetlink/http';

/**
 * How an application moves. The employer takes it step by step and may reject it at any step before
 * the end; the veteran may withdraw it until it is decided:
 *
 *   applied → viewed → interview → offer → hired
 *      └────────┴─────────┴──────────┴──→ rejected   (employer)
 *      └────────┴─────────┴──────────┴──→ withdrawn  (veteran)
 */
const EMPLOYER_STEPS: Record<ApplicationStage, readonly ApplicationStage[]> = {
  applied: ['viewed', 'rejected'],
  viewed: ['interview', 'rejected'],
  interview: ['offer', 'rejected'],
  offer: ['hired', 'rejected'],
  hired: [],
  rejected: [],
  withdrawn: [],
};

const WITHDRAWABLE: readonly ApplicationStage[] = ['applied', 'viewed', 'interview', 'offer'];

/** The stages an employer sets (withdrawing is the veteran's alone). */
export const EMPLOYER_STAGES = ['viewed', 'interview', 'offer', 'hired', 'rejected'] as const;
export type EmployerStage = (typeof EMPLOYER_STAGES)[number];

export function isDecided(stage: ApplicationStage): boolean {
  return !WITHDRAWABLE.includes(stage);
}

/** The stage after the step, or an error naming the current stage (409) or the wrong actor (403). */
export function nextStage(
  current: ApplicationStage,
  to: ApplicationStage,
  actor: ApplicationActor,
): ApplicationStage {
  return actor === 'veteran' ? withdrawal(current, to) : employerStep(current, to);
}

function withdrawal(current: ApplicationStage, to: ApplicationStage): ApplicationStage {
  if (to !== 'withdrawn')
    throw new ForbiddenError('a veteran can only withdraw an application; the employer moves it along');
  if (!WITHDRAWABLE.includes(current))
    throw new IllegalTransitionError('application', current, 'withdraw it', WITHDRAWABLE);
  return to;
}

function employerStep(current: ApplicationStage, to: ApplicationStage): ApplicationStage {
  if (to === 'withdrawn')
    throw new ForbiddenError('only the veteran who applied can withdraw an application');
  if (!EMPLOYER_STEPS[current].includes(to)) {
    const from = (Object.keys(EMPLOYER_STEPS) as ApplicationStage[]).filter((stage) =>
      EMPLOYER_STEPS[stage].includes(to),
    );
    throw new IllegalTransitionError('application', current, `move it to ${to}`, from);
  }
  return to;
}
