import { HttpException, HttpStatus, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { AccountsRepository } from '../../accounts/accounts.repository';
import { parseLoginIdentifier } from '../../accounts/domain/login-identifier';
import { PASSWORD_HASHER, PasswordHasher } from '../../accounts/domain/password-hasher';
import { addressThrottledMessage, lockedMessage } from '../domain/sign-in-throttle';
import { SignInThrottle } from '../sign-in-throttle';
import { SessionTokens, StartSession } from './start-session';

/** One answer for an unknown login and a wrong password, so that sign-in does not reveal who has an account. */
const WRONG = 'the login or the password is wrong';

export class TooManyAttempts extends HttpException {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super({ statusCode: 429, error: 'Too Many Requests', message }, HttpStatus.TOO_MANY_REQUESTS);
  }
}

@Injectable()
export class SignIn {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly throttle: SignInThrottle,
    private readonly startSession: StartSession,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
  ) {}

  async execute(command: { login: string; password: string }, address: string): Promise<SessionTokens> {
    const addressWait = await this.throttle.addressWait(address);
    if (addressWait > 0) throw new TooManyAttempts(addressThrottledMessage(addressWait), addressWait);
    const login = parseLoginIdentifier(command.login);
    const account = login ? await this.accounts.findByLogin(login) : undefined;
    if (!account) {
      await this.hasher.verifyNothing(command.password);
      throw new UnauthorizedException(WRONG);
    }
    const locked = await this.throttle.lockedFor(account.id);
    if (locked > 0) throw new TooManyAttempts(lockedMessage(locked), locked);
    if (!(await this.hasher.verify(account.passwordHash, command.password))) {
      const lockedNow = await this.throttle.failed(account.id);
      if (lockedNow > 0) throw new TooManyAttempts(lockedMessage(lockedNow), lockedNow);
      throw new UnauthorizedException(WRONG);
    }
    if (account.status !== 'active') throw new UnauthorizedException('this account is disabled');
    await this.throttle.succeeded(account.id);
    return this.startSession.execute(account);
  }
}
