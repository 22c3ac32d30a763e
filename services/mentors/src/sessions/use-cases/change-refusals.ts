import { ConflictError, InvalidInputError, InvalidStateError } from '@vetlink/http';
import { ChangeRefusal } from '../domain/cut-off';
import { Session } from '../domain/session';

/** A refused cancel or reschedule as the error a client reads. */
export function changeRefused(refusal: ChangeRefusal, session: Session, cutOffHours: number): Error {
  switch (refusal) {
    case 'not-booked':
      return new InvalidStateError(`the session is ${session.status}: only booked sessions change`);
    case 'started':
      return new InvalidStateError('the session is over');
    case 'past-cut-off':
      return new InvalidStateError(
        `veterans may cancel or reschedule until ${cutOffHours} h before the start; ask the mentor`,
      );
    case 'reason-required':
      return new InvalidInputError([{ field: 'reason', message: 'mentors give a reason when they cancel' }]);
  }
}

export function changedMeanwhile(): ConflictError {
  return new ConflictError('the session is being changed by another request; read it again');
}
