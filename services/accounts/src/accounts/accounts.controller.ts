import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Public } from '@vetlink/auth';
import { ApiErrors, NotFoundError } from '@vetlink/http';
import { AccountsRepository } from './accounts.repository';
import { ChangePasswordBody, CreatedAccountDto, MyAccountDto, SignUpBody } from './account.dto';
import { Account } from './domain/account';
import { loginView } from './domain/account-login';
import { contactOf } from './contact';
import { ChangePassword } from './use-cases/change-password';
import { CreateAccount } from './use-cases/create-account';

export interface CreatedAccountView {
  userId: string;
  role: string;
  organisationId?: string;
}

export function toCreatedAccountView(account: Account): CreatedAccountView {
  return {
    userId: account.id,
    role: account.role,
    ...(account.organisationId ? { organisationId: account.organisationId } : {}),
  };
}

@ApiTags('accounts')
@Controller('accounts')
export class AccountsController {
  constructor(
    private readonly createAccount: CreateAccount,
    private readonly changePassword: ChangePassword,
    private readonly accounts: AccountsRepository,
  ) {}

  @Public()
  @Post('veterans')
  @ApiOperation({ summary: 'A veteran signs up with an e-mail address or a mobile number and a password' })
  @ApiCreatedResponse({ type: CreatedAccountDto })
  @ApiErrors(400, [409, 'an account with this e-mail address or mobile number exists already'])
  async signUpVeteran(@Body() body: SignUpBody): Promise<CreatedAccountView> {
    return toCreatedAccountView(
      await this.createAccount.execute({ role: 'veteran', login: contactOf(body), password: body.password }),
    );
  }

  @Public()
  @Post('mentors')
  @ApiOperation({
    summary:
      'A mentor signs up; they then apply in the mentors service (POST /mentors) and an officer verifies them',
  })
  @ApiCreatedResponse({ type: CreatedAccountDto })
  @ApiErrors(400, [409, 'an account with this e-mail address or mobile number exists already'])
  async signUpMentor(@Body() body: SignUpBody): Promise<CreatedAccountView> {
    return toCreatedAccountView(
      await this.createAccount.execute({ role: 'mentor', login: contactOf(body), password: body.password }),
    );
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'My account: role, organisation, the addresses I sign in with and whether each is verified',
  })
  @ApiOkResponse({ type: MyAccountDto })
  @ApiErrors([404, 'the account behind this token no longer exists'])
  async me(@CurrentPrincipal() caller: Principal) {
    const account = await this.accounts.findById(caller.userId);
    if (!account) throw new NotFoundError('the account behind this token no longer exists');
    return {
      ...toCreatedAccountView(account),
      organisationAdmin: account.organisationAdmin,
      logins: (await this.accounts.loginsOf(account.id)).map(loginView),
      createdAt: account.createdAt.toISOString(),
      passwordChangedAt: account.passwordChangedAt.toISOString(),
    };
  }

  @Put('me/password')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Change my password; every session is signed out (sign in again)' })
  @ApiNoContentResponse({ description: 'changed' })
  @ApiErrors(400, [404, 'the account behind this token no longer exists'])
  async newPassword(@CurrentPrincipal() caller: Principal, @Body() body: ChangePasswordBody): Promise<void> {
    await this.changePassword.execute(caller, body);
  }
}
