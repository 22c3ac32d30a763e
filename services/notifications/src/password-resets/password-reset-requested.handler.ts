import { Controller } from '@nestjs/common';
import { EventEnvelope, passwordResetRequested, PasswordResetRequestedPayload } from '@vetlink/contracts';
import { HandleEvent } from '@vetlink/messaging';
import { SendPasswordResetCode } from './use-cases/send-password-reset-code';

/** accounts.password-reset-requested: the code goes out by e-mail or SMS, to the address it was asked for. */
@Controller()
export class PasswordResetRequestedHandler {
  constructor(private readonly sendCode: SendPasswordResetCode) {}

  @HandleEvent(passwordResetRequested)
  async passwordResetRequested(event: EventEnvelope<PasswordResetRequestedPayload>): Promise<void> {
    await this.sendCode.execute(event);
  }
}
