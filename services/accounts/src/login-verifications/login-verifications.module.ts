import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { veteranDocumentsProvider } from '@vetlink/privacy';
import { AccountsModule } from '../accounts/accounts.module';
import { CodeThrottle } from '../one-time-codes/code-throttle';
import {
  CURRENT_VERIFICATION_MODEL,
  VERIFICATION_ATTEMPT_MODEL,
  VERIFICATION_REQUEST_MODEL,
  VERIFICATION_USE_MODEL,
  verificationSchemas,
} from './login-verification.schema';
import { LoginVerificationsController } from './login-verifications.controller';
import { LoginVerificationsRepository } from './login-verifications.repository';
import { ConfirmLoginVerification } from './use-cases/confirm-login-verification';
import { RequestLoginVerification } from './use-cases/request-login-verification';

@Module({
  imports: [
    AccountsModule,
    MongooseModule.forFeature([
      { name: VERIFICATION_REQUEST_MODEL, schema: verificationSchemas.requests },
      { name: CURRENT_VERIFICATION_MODEL, schema: verificationSchemas.current },
      { name: VERIFICATION_ATTEMPT_MODEL, schema: verificationSchemas.attempts },
      { name: VERIFICATION_USE_MODEL, schema: verificationSchemas.uses },
    ]),
  ],
  controllers: [LoginVerificationsController],
  providers: [
    LoginVerificationsRepository,
    CodeThrottle,
    RequestLoginVerification,
    ConfirmLoginVerification,
    // A veteran's erasure removes their verification requests, tries and uses with the account.
    ...[
      ['loginVerificationRequests', VERIFICATION_REQUEST_MODEL],
      ['currentLoginVerifications', CURRENT_VERIFICATION_MODEL],
      ['loginVerificationAttempts', VERIFICATION_ATTEMPT_MODEL],
      ['loginVerificationUses', VERIFICATION_USE_MODEL],
    ].map(([section, model]) => veteranDocumentsProvider({ section, model, field: 'accountId' })),
  ],
})
export class LoginVerificationsModule {}
