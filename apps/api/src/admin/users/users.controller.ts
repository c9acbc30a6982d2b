import { Body, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import {
  type TAuthUser,
  type TPage,
  type TUserCreateRequest,
  type TUserIdentityRequest,
  type TUserListQuery,
  type TUserPasswordRequest,
  type TUserSignOutResult,
  type TUserUpdateRequest,
  type TUserView,
  ZPage,
  ZUserCreateRequest,
  ZUserIdentityRequest,
  ZUserListQuery,
  ZUserPasswordRequest,
  ZUserSignOutResult,
  ZUserUpdateRequest,
  ZUserView,
} from '@screenpop/contracts';
import { CurrentPrincipal, CurrentUser, type Principal } from '../../auth/principal.js';
import { AdminController, ApiErrors, INVALID_FIELDS } from '../admin-route.decorators.js';
import { UsersService } from './users.service.js';

const NO_SUCH_USER = 'No user of this tenant has this id.';

@AdminController('admin/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({
    summary: "The tenant's users: search by name, e-mail or platform id; filter by role and state",
  })
  @ApiOkResponse({ standardSchema: ZPage(ZUserView) })
  @ApiErrors({ badRequest: INVALID_FIELDS })
  list(
    @CurrentUser() user: TAuthUser,
    @Query({ schema: ZUserListQuery }) query: TUserListQuery,
  ): Promise<TPage<TUserView>> {
    return this.users.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One user, with their platform identities' })
  @ApiOkResponse({ standardSchema: ZUserView })
  @ApiErrors({ notFound: NO_SUCH_USER })
  get(@CurrentUser() user: TAuthUser, @Param('id') id: string): Promise<TUserView> {
    return this.users.get(user, id);
  }

  @Post()
  @ApiOperation({
    summary: 'Create a user',
    description: 'Without a password the user signs in through their platform only (agents).',
  })
  @ApiCreatedResponse({ standardSchema: ZUserView })
  @ApiErrors({ badRequest: INVALID_FIELDS, conflict: 'Another account uses this e-mail address.' })
  create(
    @CurrentUser() user: TAuthUser,
    @Body({ schema: ZUserCreateRequest }) body: TUserCreateRequest,
  ): Promise<TUserView> {
    return this.users.create(user, body);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change name, role, language, or deactivate / reactivate',
    description: "A new role or a deactivation ends every one of the user's sessions.",
  })
  @ApiOkResponse({ standardSchema: ZUserView })
  @ApiErrors({
    badRequest: INVALID_FIELDS,
    notFound: NO_SUCH_USER,
    conflict: 'The change would leave the tenant without an active administrator.',
  })
  update(
    @CurrentUser() user: TAuthUser,
    @Param('id') id: string,
    @Body({ schema: ZUserUpdateRequest }) body: TUserUpdateRequest,
  ): Promise<TUserView> {
    return this.users.update(user, id, body);
  }

  @Post(':id/password')
  @HttpCode(200)
  @ApiOperation({
    summary: "Set the user's password",
    description: "Ends the user's sessions on every browser (the caller's own session stays).",
  })
  @ApiOkResponse({ standardSchema: ZUserView })
  @ApiErrors({ badRequest: INVALID_FIELDS, notFound: NO_SUCH_USER })
  setPassword(
    @CurrentUser() user: TAuthUser,
    @CurrentPrincipal() principal: Principal | undefined,
    @Param('id') id: string,
    @Body({ schema: ZUserPasswordRequest }) body: TUserPasswordRequest,
  ): Promise<TUserView> {
    const sessionId = principal?.kind === 'user' ? principal.sessionId : undefined;
    return this.users.setPassword(user, sessionId, id, body);
  }

  @Post(':id/sign-out')
  @HttpCode(200)
  @ApiOperation({ summary: "End every one of the user's sessions, on every browser" })
  @ApiOkResponse({ standardSchema: ZUserSignOutResult })
  @ApiErrors({ notFound: NO_SUCH_USER })
  signOut(@CurrentUser() user: TAuthUser, @Param('id') id: string): Promise<TUserSignOutResult> {
    return this.users.signOut(user, id);
  }

  @Post(':id/identities')
  @ApiOperation({
    summary: 'Link a platform identity: XiVO login, Shuttle agentnum or Vodia extension',
  })
  @ApiCreatedResponse({ standardSchema: ZUserView })
  @ApiErrors({
    badRequest: INVALID_FIELDS,
    notFound: NO_SUCH_USER,
    conflict: 'This platform id is already linked to a user of the tenant.',
  })
  linkIdentity(
    @CurrentUser() user: TAuthUser,
    @Param('id') id: string,
    @Body({ schema: ZUserIdentityRequest }) body: TUserIdentityRequest,
  ): Promise<TUserView> {
    return this.users.linkIdentity(user, id, body);
  }

  @Delete(':id/identities/:identityId')
  @ApiOperation({ summary: 'Unlink a platform identity' })
  @ApiOkResponse({ standardSchema: ZUserView })
  @ApiErrors({ notFound: NO_SUCH_USER })
  unlinkIdentity(
    @CurrentUser() user: TAuthUser,
    @Param('id') id: string,
    @Param('identityId') identityId: string,
  ): Promise<TUserView> {
    return this.users.unlinkIdentity(user, id, identityId);
  }
}
