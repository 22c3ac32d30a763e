import { Module } from '@nestjs/common';
import { DeliveryModule } from '../delivery/delivery.module';
import { PreferencesModule } from '../preferences/preferences.module';
import { PasswordResetRequestedHandler } from './password-reset-requested.handler';
import { SendPasswordResetCode } from './use-cases/send-password-reset-code';

/** Password-reset codes from accounts, sent by e-mail or SMS (a handler only: loaded where events are consumed). */
@Module({
  imports: [DeliveryModule, PreferencesModule],
  controllers: [PasswordResetRequestedHandler],
  providers: [SendPasswordResetCode],
})
export class PasswordResetsModule {}
