import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiNoContentResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Public } from '@vetlink/auth';
import { ApiErrors, ErrorBody } from '@vetlink/http';
import type { Request, Response } from 'express';
import { clientAddress } from '../sessions/client-address';
import { TooManyAttempts } from '../sessions/use-cases/sign-in';
import { PasswordResetBody, PasswordResetRequestBody } from './password-reset.dto';
import { RequestPasswordReset } from './use-cases/request-password-reset';
import { ResetPassword } from './use-cases/reset-password';

const TOO_MANY = {
  description: 'too many codes asked for this login, or too many attempts from this address (Retry-After)',
  type: ErrorBody,
};

@ApiTags('sign-in')
@Controller('auth/password-reset')
export class PasswordResetsController {
  constructor(
    private readonly requestReset: RequestPasswordReset,
    private readonly resetPassword: ResetPassword,
  ) {}

  @Public()
  @Post('requests')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Ask for a six-digit code to reset the password, sent to the e-mail address or mobile number given (valid 15 minutes)',
  })
  @ApiAcceptedResponse({
    description: 'accepted, whether or not an account signs in with this login (nothing says which)',
  })
  @ApiErrors(400)
  @ApiTooManyRequestsResponse(TOO_MANY)
  async request(
    @Body() body: PasswordResetRequestBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await withRetryAfter(response, () => this.requestReset.execute(body, clientAddress(request)));
  }

  @Public()
  @Post()
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Set a new password with the code; the code works once, and every device is signed out (sign in again)',
  })
  @ApiNoContentResponse({ description: 'the password is set' })
  @ApiErrors(400)
  @ApiTooManyRequestsResponse(TOO_MANY)
  async reset(
    @Body() body: PasswordResetBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await withRetryAfter(response, () => this.resetPassword.execute(body, clientAddress(request)));
  }
}

async function withRetryAfter(response: Response, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (error instanceof TooManyAttempts) response.setHeader('retry-after', String(error.retryAfterSeconds));
    throw error;
  }
}
