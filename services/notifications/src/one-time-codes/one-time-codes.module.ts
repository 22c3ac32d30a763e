import { Module } from '@nestjs/common';
import { DeliveryModule } from '../delivery/delivery.module';
import { PreferencesModule } from '../preferences/preferences.module';
import { CodeRequestedHandler } from './code-requested.handler';
import { SendOneTimeCode } from './use-cases/send-one-time-code';

/**
 * One-time codes from accounts (password resets, login verifications), sent by e-mail or SMS (a handler
 * only: loaded where events are consumed).
 */
@Module({
  imports: [DeliveryModule, PreferencesModule],
  controllers: [CodeRequestedHandler],
  providers: [SendOneTimeCode],
})
export class OneTimeCodesModule {}
