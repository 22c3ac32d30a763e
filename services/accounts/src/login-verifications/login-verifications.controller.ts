import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal } from '@vetlink/auth';
import { ApiErrors, ErrorBody } from '@vetlink/http';
import type { Request, Response } from 'express';
import { LoginViewDto } from '../accounts/account.dto';
import { LoginView } from '../accounts/domain/account-login';
import { clientAddress } from '../sessions/client-address';
import { TooManyAttempts } from '../sessions/use-cases/sign-in';
import {
  LoginVerificationConfirmBody,
  LoginVerificationRequestBody,
  LoginVerificationSentDto,
} from './login-verification.dto';
import { ConfirmLoginVerification } from './use-cases/confirm-login-verification';
import { RequestLoginVerification } from './use-cases/request-login-verification';

const TOO_MANY = {
  description: 'too many codes asked for this login, or too many attempts from this address (Retry-After)',
  type: ErrorBody,
};
const GONE: [404, string] = [404, 'the account behind this token no longer exists'];

@ApiTags('accounts')
@ApiBearerAuth()
@Controller('accounts/me/login-verifications')
export class LoginVerificationsController {
  constructor(
    private readonly requestVerification: RequestLoginVerification,
    private readonly confirmVerification: ConfirmLoginVerification,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Ask for a six-digit code proving that my e-mail address or mobile number is mine, sent there (valid 15 minutes)',
  })
  @ApiAcceptedResponse({ type: LoginVerificationSentDto, description: 'the code is on its way' })
  @ApiErrors([400, 'invalid input, or this account has no login of that kind (naming `kind`)'], GONE)
  @ApiTooManyRequestsResponse(TOO_MANY)
  async request(
    @CurrentPrincipal() caller: Principal,
    @Body() body: LoginVerificationRequestBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    return withRetryAfter(response, () =>
      this.requestVerification.execute(caller, body, clientAddress(request)),
    );
  }

  @Post('confirm')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Verify my e-mail address or mobile number with the code; a code works once, five tries',
  })
  @ApiOkResponse({ type: LoginViewDto, description: 'the login, verified' })
  @ApiErrors(
    [400, 'the code is wrong or no longer valid (naming `code`), or no login of that kind (naming `kind`)'],
    GONE,
  )
  @ApiTooManyRequestsResponse(TOO_MANY)
  async confirm(
    @CurrentPrincipal() caller: Principal,
    @Body() body: LoginVerificationConfirmBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginView> {
    return withRetryAfter(response, () =>
      this.confirmVerification.execute(caller, body, clientAddress(request)),
    );
  }
}

async function withRetryAfter<T>(response: Response, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof TooManyAttempts) response.setHeader('retry-after', String(error.retryAfterSeconds));
    throw error;
  }
}
