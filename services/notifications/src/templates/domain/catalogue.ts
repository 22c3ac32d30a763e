import { jobMatchedTemplate } from './job-matched.template';
import { mentorVerifiedTemplate } from './mentors/mentor-verified.template';
import { sessionBookedTemplate } from './mentors/session-booked.template';
import {
  incubationDecisionTemplate,
  startupAdmittedTemplate,
  startupGraduatedTemplate,
} from './incubators/incubation.templates';
import {
  installmentDueTemplate,
  installmentOverdueTemplate,
  loanClosedTemplate,
  loanDecisionTemplate,
  loanDisbursedTemplate,
} from './loans/loans.templates';
import { bookingChangedTemplate, sessionReminderTemplate } from './programme.templates';
import type { AnyTemplate } from './template';
import { TemplateRegistry } from './template-registry';
import { TRAINING_TEMPLATES } from './trainings/trainings.templates';
import { weeklyDigestTemplate } from './weekly-digest.template';

/** The templates this service sends: the one list to extend. */
export const TEMPLATES: readonly AnyTemplate[] = [
  jobMatchedTemplate,
  weeklyDigestTemplate,
  sessionReminderTemplate,
  bookingChangedTemplate,
  sessionBookedTemplate,
  mentorVerifiedTemplate,
  loanDecisionTemplate,
  loanDisbursedTemplate,
  installmentDueTemplate,
  installmentOverdueTemplate,
  loanClosedTemplate,
  incubationDecisionTemplate,
  startupAdmittedTemplate,
  startupGraduatedTemplate,
  ...TRAINING_TEMPLATES,
];

export function createTemplateRegistry(): TemplateRegistry {
  return new TemplateRegistry(TEMPLATES);
}
