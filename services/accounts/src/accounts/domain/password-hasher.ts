/** Hashes and checks passwords; the adapter (argon2id) lives outside the domain. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
  /** Spends the time of one verification, so that an unknown login answers as slowly as a known one. */
  verifyNothing(password: string): Promise<void>;
}

export const PASSWORD_HASHER = Symbol('PASSWORD_HASHER');
