import * as argon2 from 'argon2';
import { PasswordHasher } from './domain/password-hasher';

/**
 * argon2id with OWASP's second recommended setting (19 MiB, 2 passes, 1 lane). The parameters travel
 * inside each hash, so raising them later only affects new hashes.
 */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export class Argon2PasswordHasher implements PasswordHasher {
  private readonly decoy: Promise<string>;

  constructor(private readonly options: Partial<typeof OPTIONS> = {}) {
    this.decoy = argon2.hash('a password nobody has', { ...OPTIONS, ...options });
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, { ...OPTIONS, ...this.options });
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false; // a malformed stored hash never lets anyone in
    }
  }

  async verifyNothing(password: string): Promise<void> {
    await this.verify(await this.decoy, password);
  }
}
