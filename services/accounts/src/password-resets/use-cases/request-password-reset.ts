import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { passwordResetRequested, passwordResetSealContext } from '@vetlink/contracts';
import { InvalidInputError } from '@vetlink/http';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { FieldCipher } from '@vetlink/persistence';
import { randomUUID } from 'node:crypto';
import { AccountsRepository } from '../../accounts/accounts.repository';
import { loginKey, parseLoginIdentifier } from '../../accounts/domain/login-identifier';
import { TooManyAttempts } from '../../sessions/use-cases/sign-in';
import { SERVICE_NAME } from '../../service-name';
import { CodeThrottle } from '../../one-time-codes/code-throttle';
import { addressThrottledMessage, loginThrottledMessage } from '../../one-time-codes/domain/code-limits';
import { codeExpiry, newCode } from '../../one-time-codes/domain/one-time-code';
import { PasswordResetsRepository } from '../password-resets.repository';

/** The context of a code's HMAC: bound to its request, so equal codes of two requests differ when stored. */
export const codeDigestContext = (requestId: string) => `accounts.password-reset-code:${requestId}`;

/**
 * Someone asks for a code. Whether or not the login has an account, the answer is the same (202): only
 * an active account gets a code, sent by notifications to the very address that was typed, which is
 * one the account signs in with. The limits count logins, not accounts, so they reveal nothing either.
 */
@Injectable()
export class RequestPasswordReset {
  private readonly logger = new Logger(RequestPasswordReset.name);

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly resets: PasswordResetsRepository,
    private readonly throttle: CodeThrottle,
    private readonly cipher: FieldCipher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: { login: string }, address: string): Promise<void> {
    const addressWait = await this.throttle.addressWait('password-reset', address);
    if (addressWait > 0)
      throw new TooManyAttempts(addressThrottledMessage('password-reset', addressWait), addressWait);
    const login = parseLoginIdentifier(command.login);
    if (!login)
      throw new InvalidInputError([
        { field: 'login', message: 'must be an e-mail address or a mainland mobile number' },
      ]);
    const loginWait = await this.throttle.loginWait('password-reset', loginKey(login));
    if (loginWait > 0) throw new TooManyAttempts(loginThrottledMessage(loginWait), loginWait);

    const account = await this.accounts.findByLogin(login);
    if (!account || account.status !== 'active') return;
    const requestId = randomUUID();
    const code = newCode();
    const requestedAt = this.clock.now();
    const expiresAt = codeExpiry(requestedAt);
    const channel = login.kind === 'email' ? 'email' : 'sms';
    const sealed = passwordResetSealContext(requestId);
    const event = pendingEvent(
      passwordResetRequested,
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
    await this.resets.insert(
      {
        id: requestId,
        subject: account.id,
        accountId: account.id,
        channel,
        codeDigest: this.cipher.blindIndex(code, codeDigestContext(requestId)),
        requestedAt,
        expiresAt,
      },
      event,
    );
    this.logger.log({ accountId: account.id, requestId, channel }, 'a password-reset code was asked for');
  }
}
