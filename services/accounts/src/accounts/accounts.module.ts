import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { veteranDocumentsProvider } from '@vetlink/privacy';
import { ACCOUNT_MODEL, accountSchema, LOGIN_MODEL, loginSchema } from './account.schema';
import { AccountsController } from './accounts.controller';
import { AccountsRepository } from './accounts.repository';
import { ChangePassword } from './use-cases/change-password';
import { CreateAccount } from './use-cases/create-account';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: ACCOUNT_MODEL, schema: accountSchema },
      { name: LOGIN_MODEL, schema: loginSchema },
    ]),
  ],
  controllers: [AccountsController],
  providers: [
    AccountsRepository,
    CreateAccount,
    ChangePassword,
    // A veteran's erasure removes their account and the addresses they sign in with.
    veteranDocumentsProvider({ section: 'account', model: ACCOUNT_MODEL, field: '_id' }),
    veteranDocumentsProvider({ section: 'logins', model: LOGIN_MODEL, field: 'accountId' }),
  ],
  exports: [AccountsRepository, CreateAccount],
})
export class AccountsModule {}
