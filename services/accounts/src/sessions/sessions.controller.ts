import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Public } from '@vetlink/auth';
import { ApiErrors, ErrorBody } from '@vetlink/http';
import type { Request, Response } from 'express';
import { clientAddress } from './client-address';
import { RefreshTokenBody, SessionDto, SignInBody } from './session.dto';
import { RefreshSession } from './use-cases/refresh-session';
import { SignIn, TooManyAttempts } from './use-cases/sign-in';
import { SessionTokens } from './use-cases/start-session';
import { SignOut } from './use-cases/sign-out';

@ApiTags('sign-in')
@Controller('auth')
export class SessionsController {
  constructor(
    private readonly signIn: SignIn,
    private readonly refreshSession: RefreshSession,
    private readonly signOut: SignOut,
  ) {}

  @Public()
  @Post('sign-in')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with an e-mail address or mobile number and a password' })
  @ApiOkResponse({ type: SessionDto })
  @ApiErrors(400)
  @ApiTooManyRequestsResponse({
    description:
      'the account is locked after repeated failures, or the address tried too often (Retry-After)',
    type: ErrorBody,
  })
  async start(
    @Body() body: SignInBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionTokens> {
    try {
      return await this.signIn.execute(body, clientAddress(request));
    } catch (error) {
      if (error instanceof TooManyAttempts)
        response.setHeader('retry-after', String(error.retryAfterSeconds));
      throw error;
    }
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Exchange a refresh token for a new pair; each refresh token works once (a second use signs the device out)',
  })
  @ApiOkResponse({ type: SessionDto })
  @ApiErrors(400)
  async refresh(@Body() body: RefreshTokenBody): Promise<SessionTokens> {
    return this.refreshSession.execute(body.refreshToken);
  }

  @Public()
  @Post('sign-out')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Sign this device out: its refresh token and the chain it came from stop working',
  })
  @ApiNoContentResponse({ description: 'signed out (also answered for a token that was not valid)' })
  @ApiErrors(400)
  async end(@Body() body: RefreshTokenBody): Promise<void> {
    await this.signOut.thisDevice(body.refreshToken);
  }

  @Post('sign-out-everywhere')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Sign out on every device: all refresh tokens stop working, access tokens run out within minutes',
  })
  @ApiNoContentResponse({ description: 'signed out everywhere' })
  @ApiErrors()
  async endEverywhere(@CurrentPrincipal() caller: Principal): Promise<void> {
    await this.signOut.everywhere(caller);
  }
}
