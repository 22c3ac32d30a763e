import { Inject, Injectable, Logger } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { loginVerificationRequested, loginVerificationSealContext } from '@vetlink/contracts';
import { InvalidInputError, NotFoundError } from '@vetlink/http';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { FieldCipher } from '@vetlink/persistence';
import { randomUUID } from 'node:crypto';
import { AccountsRepository } from '../../accounts/accounts.repository';
import { loginOfKind } from '../../accounts/domain/account-login';
import { LoginIdentifier, loginKey } from '../../accounts/domain/login-identifier';
import { CodeThrottle } from '../../one-time-codes/code-throttle';
import { addressThrottledMessage, loginThrottledMessage } from '../../one-time-codes/domain/code-limits';
import { codeExpiry, newCode } from '../../one-time-codes/domain/one-time-code';
import { TooManyAttempts } from '../../sessions/use-cases/sign-in';
import { SERVICE_NAME } from '../../service-name';
import {
  channelOf,
  noLoginOfKind,
  verificationDigestContext,
  verificationSubject,
} from '../domain/login-verification';
import { LoginVerificationsRepository } from '../login-verifications.repository';

/**
 * A signed-in person asks for a code proving that the e-mail address or mobile number their account
 * signs in with is theirs. Notifications sends it to that address (`accounts.login-verification-requested`,
 * the address and the code sealed); a new request replaces the code before it.
 */
@Injectable()
export class RequestLoginVerification {
  private readonly logger = new Logger(RequestLoginVerification.name);

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly verifications: LoginVerificationsRepository,
    private readonly throttle: CodeThrottle,
    private readonly cipher: FieldCipher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(
    caller: Principal,
    command: { kind: LoginIdentifier['kind'] },
    address: string,
  ): Promise<{ kind: LoginIdentifier['kind']; expiresAt: string }> {
    const addressWait = await this.throttle.addressWait('login-verification', address);
    if (addressWait > 0)
      throw new TooManyAttempts(addressThrottledMessage('login-verification', addressWait), addressWait);
    const account = await this.accounts.findById(caller.userId);
    if (!account) throw new NotFoundError('the account behind this token no longer exists');
    const login = loginOfKind(await this.accounts.loginsOf(account.id), command.kind);
    if (!login) throw new InvalidInputError([{ field: 'kind', message: noLoginOfKind(command.kind) }]);
    const loginWait = await this.throttle.loginWait('login-verification', loginKey(login));
    if (loginWait > 0) throw new TooManyAttempts(loginThrottledMessage(loginWait), loginWait);

    const requestId = randomUUID();
    const code = newCode();
    const requestedAt = this.clock.now();
    const expiresAt = codeExpiry(requestedAt);
    const channel = channelOf(login.kind);
    const sealed = loginVerificationSealContext(requestId);
    const event = pendingEvent(
      loginVerificationRequested,
      {
        requestId,
        accountId: account.id,
        channel,
        sealedAddress: this.cipher.encrypt(login.value, sealed),
        sealedCode: this.cipher.encrypt(code, sealed),
        requestedAt: requestedAt.toISOString(),
        expiresAt: expiresAt.toISOString(),
      },
      eventOrigin(SERVICE_NAME, requestedAt),
    );
    await this.verifications.insert(
      {
        id: requestId,
        subject: verificationSubject(account.id, login.id),
        accountId: account.id,
        channel,
        codeDigest: this.cipher.blindIndex(code, verificationDigestContext(requestId)),
        requestedAt,
        expiresAt,
      },
      event,
    );
    this.logger.log({ accountId: account.id, requestId, channel }, 'a login-verification code was asked for');
    return { kind: login.kind, expiresAt: expiresAt.toISOString() };
  }
}
