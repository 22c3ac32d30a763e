import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { veteranDocumentsProvider } from '@vetlink/privacy';
import { AccountsModule } from '../accounts/accounts.module';
import {
  REFRESH_TOKEN_MODEL,
  refreshTokenSchema,
  REVOKED_FAMILY_MODEL,
  revokedFamilySchema,
  ROTATION_MODEL,
  rotationSchema,
} from './session.schema';
import { SessionsController } from './sessions.controller';
import { SessionsRepository } from './sessions.repository';
import { SignInThrottle } from './sign-in-throttle';
import { RefreshSession } from './use-cases/refresh-session';
import { SignIn } from './use-cases/sign-in';
import { SignOut } from './use-cases/sign-out';
import { StartSession } from './use-cases/start-session';

@Module({
  imports: [
    AccountsModule,
    MongooseModule.forFeature([
      { name: REFRESH_TOKEN_MODEL, schema: refreshTokenSchema },
      { name: ROTATION_MODEL, schema: rotationSchema },
      { name: REVOKED_FAMILY_MODEL, schema: revokedFamilySchema },
    ]),
  ],
  controllers: [SessionsController],
  providers: [
    SessionsRepository,
    SignInThrottle,
    StartSession,
    SignIn,
    RefreshSession,
    SignOut,
    veteranDocumentsProvider({ section: 'refreshTokens', model: REFRESH_TOKEN_MODEL, field: 'accountId' }),
    veteranDocumentsProvider({ section: 'refreshRotations', model: ROTATION_MODEL, field: 'accountId' }),
    veteranDocumentsProvider({
      section: 'signedOutDevices',
      model: REVOKED_FAMILY_MODEL,
      field: 'accountId',
    }),
  ],
  exports: [SignInThrottle],
})
export class SessionsModule {}
