import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { veteranDocumentsProvider } from '@vetlink/privacy';
import { AccountsModule } from '../accounts/accounts.module';
import { SessionsModule } from '../sessions/sessions.module';
import {
  CURRENT_RESET_MODEL,
  currentResetSchema,
  RESET_ATTEMPT_MODEL,
  RESET_REQUEST_MODEL,
  RESET_USE_MODEL,
  resetAttemptSchema,
  resetRequestSchema,
  resetUseSchema,
} from './password-reset.schema';
import { PasswordResetsController } from './password-resets.controller';
import { PasswordResetsRepository } from './password-resets.repository';
import { ResetThrottle } from './reset-throttle';
import { RequestPasswordReset } from './use-cases/request-password-reset';
import { ResetPassword } from './use-cases/reset-password';

@Module({
  imports: [
    AccountsModule,
    SessionsModule,
    MongooseModule.forFeature([
      { name: RESET_REQUEST_MODEL, schema: resetRequestSchema },
      { name: CURRENT_RESET_MODEL, schema: currentResetSchema },
      { name: RESET_ATTEMPT_MODEL, schema: resetAttemptSchema },
      { name: RESET_USE_MODEL, schema: resetUseSchema },
    ]),
  ],
  controllers: [PasswordResetsController],
  providers: [
    PasswordResetsRepository,
    ResetThrottle,
    RequestPasswordReset,
    ResetPassword,
    // A veteran's erasure removes their reset requests, tries and uses with the account.
    veteranDocumentsProvider({
      section: 'passwordResetRequests',
      model: RESET_REQUEST_MODEL,
      field: 'accountId',
    }),
    veteranDocumentsProvider({ section: 'currentPasswordReset', model: CURRENT_RESET_MODEL, field: '_id' }),
    veteranDocumentsProvider({
      section: 'passwordResetAttempts',
      model: RESET_ATTEMPT_MODEL,
      field: 'accountId',
    }),
    veteranDocumentsProvider({ section: 'passwordResetUses', model: RESET_USE_MODEL, field: 'accountId' }),
  ],
})
export class PasswordResetsModule {}
