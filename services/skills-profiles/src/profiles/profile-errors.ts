import { ConflictError } from '@vetlink/http';

/** A second profile for the same person (same ID number) under another account. */
export class IdNumberTakenError extends ConflictError {
  constructor() {
    super('a profile with this ID number already exists');
  }
}

/** The veteran already has a profile (two creations raced). */
export class ProfileExistsError extends ConflictError {
  constructor(veteranId: string) {
    super(`veteran ${veteranId} already has a profile`);
  }
}

/** The account's profile was erased at the veteran's request; the id is not reused. */
export class ProfileErasedError extends ConflictError {
  constructor() {
    super('this profile was erased at your request; a new profile needs a new account');
  }
}
