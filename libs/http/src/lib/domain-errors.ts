/**
 * The kinds of refusal a use case can give. Each has one HTTP answer (DomainErrorFilter): not-found 404,
 * conflict 409, forbidden 403, invalid-state 409, invalid-input 400 naming the fields.
 */
export type DomainErrorCode = 'not-found' | 'conflict' | 'forbidden' | 'invalid-state' | 'invalid-input';

export interface FieldIssue {
  field: string;
  message: string;
}

/** `field: message; field: message`, the one-line form of a list of field issues. */
export function describeIssues(issues: readonly FieldIssue[]): string {
  return issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
}

/**
 * A request the domain refuses. Plain errors, free of HTTP, so that domain code, use cases and
 * repositories can throw them; the client gets the message as written here.
 */
export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** No such thing, or none the caller may know of (the same answer, so that ids cannot be probed). */
export class NotFoundError extends DomainError {
  readonly code = 'not-found';
}

/** It clashes with something else: a duplicate, or a change made since the caller read it. */
export class ConflictError extends DomainError {
  readonly code = 'conflict';
}

/** The caller may not do this, whatever the state. */
export class ForbiddenError extends DomainError {
  readonly code = 'forbidden';
}

/** The thing is in a state that does not allow what was asked; the message names the state. */
export class InvalidStateError extends DomainError {
  readonly code = 'invalid-state';
}

/** A state machine refused a step; the message names the current state so that a client knows why. */
export class IllegalTransitionError extends InvalidStateError {
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
  }
}

/** Input that is well-formed but breaks a rule (across fields, or against what is stored), field by field. */
export class InvalidInputError extends DomainError {
  readonly code = 'invalid-input';

  constructor(readonly issues: readonly FieldIssue[]) {
    super(describeIssues(issues));
  }
}
