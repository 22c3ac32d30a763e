import type { Principal } from '@vetlink/auth';
import type { EnrolmentCanceller } from '@vetlink/contracts';
import type { Course } from './course';

/**
 * Who keeps a course's runs (publishes them, changes their capacity, cancels them, reads their roster
 * and records attendance and completion): any officer of the bureau, and the staff of the course's
 * training provider — a `training-provider` token whose `org` claim is the course's `providerId`, as bank
 * staff act for their bank only. A course that names no provider is the bureau's alone.
 */
export function keepsRunsOf(caller: Principal, course: Pick<Course, 'providerId'>): boolean {
  if (caller.role === 'officer') return true;
  return (
    caller.role === 'training-provider' &&
    caller.organisationId !== undefined &&
    course.providerId !== undefined &&
    course.providerId === caller.organisationId
  );
}

/** How an event names who cancelled for the bureau or a provider (a veteran withdraws themselves). */
export function cancellerOf(caller: Pick<Principal, 'role'>): Exclude<EnrolmentCanceller, 'veteran'> {
  return caller.role === 'training-provider' ? 'provider' : 'officer';
}
