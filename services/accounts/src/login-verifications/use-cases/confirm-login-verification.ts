import { Inject, Injectable, Logger } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { InvalidInputError, NotFoundError } from '@vetlink/http';
import { FieldCipher } from '@vetlink/persistence';
import { AccountsRepository } from '../../accounts/accounts.repository';
import { loginOfKind, LoginView, loginView } from '../../accounts/domain/account-login';
import { LoginIdentifier } from '../../accounts/domain/login-identifier';
import { CodeThrottle } from '../../one-time-codes/code-throttle';
import { addressThrottledMessage } from '../../one-time-codes/domain/code-limits';
import { readCode } from '../../one-time-codes/domain/one-time-code';
import { TooManyAttempts } from '../../sessions/use-cases/sign-in';
import { noLoginOfKind, verificationDigestContext, verificationSubject } from '../domain/login-verification';
import { LoginVerificationsRepository } from '../login-verifications.repository';

/** One answer for every refused code (wrong, expired, used, tried too often, never asked for). */
const REFUSED = 'the code is wrong or no longer valid: check it, or ask for a new code';

/**
 * The person types the code they were sent: the login is verified from then on. The code works once
 * (its use is a unique insert), allows five tries, right or wrong, and 15 minutes.
 */
@Injectable()
export class ConfirmLoginVerification {
  private readonly logger = new Logger(ConfirmLoginVerification.name);

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly verifications: LoginVerificationsRepository,
    private readonly throttle: CodeThrottle,
    private readonly cipher: FieldCipher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(
    caller: Principal,
    command: { kind: LoginIdentifier['kind']; code: string },
    address: string,
  ): Promise<LoginView> {
    const code = readCode(command.code);
    if (!code)
      throw new InvalidInputError([{ field: 'code', message: 'must be the six digits you were sent' }]);
    const addressWait = await this.throttle.addressWait('login-verification', address);
    if (addressWait > 0)
      throw new TooManyAttempts(addressThrottledMessage('login-verification', addressWait), addressWait);
    const account = await this.accounts.findById(caller.userId);
    if (!account) throw new NotFoundError('the account behind this token no longer exists');
    const login = loginOfKind(await this.accounts.loginsOf(account.id), command.kind);
    if (!login) throw new InvalidInputError([{ field: 'kind', message: noLoginOfKind(command.kind) }]);

    const request = await this.verifications.findCurrent(verificationSubject(account.id, login.id));
    if (!request) throw refused();
    const now = this.clock.now();
    const digest = this.cipher.blindIndex(code, verificationDigestContext(request.id));
    if (await this.verifications.tryCode(request, digest, now)) throw refused();
    try {
      if (!(await this.accounts.markLoginVerified(account.id, login.id, now))) throw refused();
    } catch (error) {
      await this.verifications.releaseUse(request.id); // nothing half-made: the code still works
      throw error;
    }
    this.logger.log({ accountId: account.id, requestId: request.id }, 'a login was verified');
    return loginView({ ...login, verifiedAt: now });
  }
}

function refused(): InvalidInputError {
  return new InvalidInputError([{ field: 'code', message: REFUSED }]);
}
