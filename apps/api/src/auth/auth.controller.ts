import { Body, Controller, Get, HttpCode, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import {
  SESSION_COOKIE,
  type TAuthUser,
  type TLoginRequest,
  type TRealtimeTicket,
  ZApiError,
  ZAuthUser,
  ZLoginRequest,
  ZRealtimeTicket,
} from '@screenpop/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../app/config.js';
import { Public, RequireRole } from './access.decorators.js';
import { CurrentPrincipal, CurrentUser, type Principal } from './principal.js';
import { SessionsService } from './sessions.service.js';

/** Sign-in attempts are limited per client address by LOGIN_RATE_LIMIT_PER_MINUTE. */
export const LOGIN_RATE_LIMIT_GROUP = 'login';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @RouteConfig({ rateLimit: { groupId: LOGIN_RATE_LIMIT_GROUP } })
  @ApiOperation({ summary: 'Sign in: sets the session cookie (httpOnly, SameSite=Lax)' })
  @ApiOkResponse({ standardSchema: ZAuthUser })
  @ApiTooManyRequestsResponse({
    standardSchema: ZApiError,
    description: 'Too many attempts from this address.',
  })
  async login(
    @Body({ schema: ZLoginRequest }) body: TLoginRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TAuthUser> {
    const session = await this.sessions.signIn(body.email, body.password, {
      ip: request.ip,
      userAgent: request.headers['user-agent'],
    });
    if (!session) throw new UnauthorizedException('The e-mail address or the password is not right');
    void reply.setCookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.auth.secureCookies,
      path: '/',
      expires: session.expiresAt,
    });
    return session.user;
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out this browser (harmless without a session)' })
  @ApiNoContentResponse()
  async logout(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.sessions.signOut(request.cookies[SESSION_COOKIE]);
    this.clearCookie(reply);
  }

  @Post('logout-everywhere')
  @RequireRole('agent')
  @HttpCode(204)
  @ApiOperation({ summary: "Sign out every one of the user's sessions, on every browser" })
  @ApiNoContentResponse()
  async logoutEverywhere(
    @CurrentUser() user: TAuthUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.sessions.signOutEverywhere(user.id);
    this.clearCookie(reply);
  }

  @Get('me')
  @RequireRole('agent')
  @ApiOperation({ summary: 'The signed-in user, their role and tenant' })
  @ApiOkResponse({ standardSchema: ZAuthUser })
  me(@CurrentUser() user: TAuthUser): TAuthUser {
    return user;
  }

  @Post('realtime-ticket')
  @RequireRole('supervisor')
  @HttpCode(200)
  @ApiOperation({
    summary: "A one-minute ticket to open the supervisors' socket (/realtime, auth.ticket)",
  })
  @ApiOkResponse({ standardSchema: ZRealtimeTicket })
  realtimeTicket(@CurrentPrincipal() principal: Principal): TRealtimeTicket {
    if (principal.kind !== 'user') {
      throw new UnauthorizedException(
        'Tickets are for signed-in users; tools pass their token as auth.token',
      );
    }
    const { ticket, expiresAt } = this.sessions.realtimeTicket(principal.sessionId);
    return { ticket, expiresAt: expiresAt.toISOString() };
  }

  private clearCookie(reply: FastifyReply): void {
    void reply.clearCookie(SESSION_COOKIE, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.auth.secureCookies,
      path: '/',
    });
  }
}
