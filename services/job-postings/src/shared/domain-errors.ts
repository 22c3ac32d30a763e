/**
 * Rules the domain refuses to break. Plain errors, free of HTTP: the service's exception filter
 * turns a conflict into 409 and a refusal into 403, with the message as written here.
 */
export abstract class DomainError extends Error {
  abstract readonly kind: 'conflict' | 'forbidden';
}

/** The thing is in a state that does not allow what was asked. */
export class ConflictingStateError extends DomainError {
  readonly kind = 'conflict';
}

/** The caller may not do this, whatever the state. */
export class NotPermittedError extends DomainError {
  readonly kind = 'forbidden';
}

/** A state machine refused a step; the message names the current state so that a client knows why. */
export class IllegalTransitionError extends ConflictingStateError {
  constructor(
    readonly subject: string,
    readonly current: string,
    readonly action: string,
    readonly allowedFrom: readonly string[],
  ) {
    super(
      `the ${subject} is ${current}: cannot ${action}` +
        (allowedFrom.length > 0 ? ` (only possible when it is ${allowedFrom.join(' or ')})` : ''),
    );
    this.name = 'IllegalTransitionError';
  }
}
