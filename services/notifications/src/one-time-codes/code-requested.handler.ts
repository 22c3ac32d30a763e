import { Controller } from '@nestjs/common';
import {
  EventEnvelope,
  loginVerificationRequested,
  LoginVerificationRequestedPayload,
  passwordResetRequested,
  PasswordResetRequestedPayload,
} from '@vetlink/contracts';
import { HandleEvent } from '@vetlink/messaging';
import { SendOneTimeCode } from './use-cases/send-one-time-code';

/** accounts' one-time codes: each goes out by e-mail or SMS, to the address it was asked for. */
@Controller()
export class CodeRequestedHandler {
  constructor(private readonly sendCode: SendOneTimeCode) {}

  @HandleEvent(passwordResetRequested)
  async passwordResetRequested(event: EventEnvelope<PasswordResetRequestedPayload>): Promise<void> {
    await this.sendCode.execute('password-reset', event);
  }

  @HandleEvent(loginVerificationRequested)
  async loginVerificationRequested(event: EventEnvelope<LoginVerificationRequestedPayload>): Promise<void> {
    await this.sendCode.execute('login-verification', event);
  }
}
