import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { InvalidInputError } from '@vetlink/http';
import { FieldCipher } from '@vetlink/persistence';
import { AccountsRepository } from '../../accounts/accounts.repository';
import { parseLoginIdentifier } from '../../accounts/domain/login-identifier';
import { PASSWORD_HASHER, PasswordHasher } from '../../accounts/domain/password-hasher';
import { passwordProblem } from '../../accounts/domain/password-policy';
import { SignInThrottle } from '../../sessions/sign-in-throttle';
import { TooManyAttempts } from '../../sessions/use-cases/sign-in';
import { CodeThrottle } from '../../one-time-codes/code-throttle';
import { addressThrottledMessage } from '../../one-time-codes/domain/code-limits';
import { readCode } from '../../one-time-codes/domain/one-time-code';
import { PasswordResetsRepository } from '../password-resets.repository';
import { codeDigestContext } from './request-password-reset';

/**
 * One answer for every refused code (wrong, expired, used, tried too often, or a login without an
 * account or request), so that this route does not reveal who has an account either.
 */
const REFUSED = 'the code is wrong or no longer valid: check it, or ask for a new code';

/**
 * Sets a new password with a code. The code works once (a unique insert of its use decides between two
 * concurrent tries), allows five tries, and the new password follows the sign-up rules. Every device
 * is signed out (the account's `sessionsValidFrom` moves, which every refresh checks), and a sign-in
 * lock is lifted: the lock's message tells the person to reset the password.
 */
@Injectable()
export class ResetPassword {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly resets: PasswordResetsRepository,
    private readonly throttle: CodeThrottle,
    private readonly signInThrottle: SignInThrottle,
    private readonly cipher: FieldCipher,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(
    command: { login: string; code: string; newPassword: string },
    address: string,
  ): Promise<void> {
    const login = parseLoginIdentifier(command.login);
    if (!login)
      throw new InvalidInputError([
        { field: 'login', message: 'must be an e-mail address or a mainland mobile number' },
      ]);
    const code = readCode(command.code);
    if (!code)
      throw new InvalidInputError([{ field: 'code', message: 'must be the six digits you were sent' }]);
    const problem = passwordProblem(command.newPassword, 'newPassword', login.value);
    if (problem) throw new InvalidInputError([problem]);
    const addressWait = await this.throttle.addressWait('password-reset', address);
    if (addressWait > 0)
      throw new TooManyAttempts(addressThrottledMessage('password-reset', addressWait), addressWait);

    const account = await this.accounts.findByLogin(login);
    const request = account?.status === 'active' ? await this.resets.findCurrent(account.id) : undefined;
    if (!account || !request) throw refused();
    const now = this.clock.now();
    const digest = this.cipher.blindIndex(code, codeDigestContext(request.id));
    if (await this.resets.tryCode(request, digest, now)) throw refused();
    try {
      await this.accounts.changePassword(account.id, await this.hasher.hash(command.newPassword), now);
    } catch (error) {
      await this.resets.releaseUse(request.id); // nothing half-made: the code still works
      throw error;
    }
    await this.signInThrottle.unlock(account.id);
  }
}

function refused(): InvalidInputError {
  return new InvalidInputError([{ field: 'code', message: REFUSED }]);
}
