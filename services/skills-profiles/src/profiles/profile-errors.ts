/** A second profile for the same person (same ID number) under another account. */
export class IdNumberTakenError extends Error {
  constructor() {
    super('a profile with this ID number already exists');
    this.name = 'IdNumberTakenError';
  }
}

/** The veteran already has a profile (two creations raced). */
export class ProfileExistsError extends Error {
  constructor(veteranId: string) {
    super(`veteran ${veteranId} already has a profile`);
    this.name = 'ProfileExistsError';
  }
}
