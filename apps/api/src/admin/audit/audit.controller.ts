import { Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import {
  type TAuditEntityTypes,
  type TAuditEntry,
  type TAuditQuery,
  type TAuthUser,
  type TPage,
  ZAuditEntityTypes,
  ZAuditEntry,
  ZAuditQuery,
  ZPage,
} from '@screenpop/contracts';
import { CurrentUser } from '../../auth/principal.js';
import { AdminController, ApiErrors } from '../admin-route.decorators.js';
import { AuditService } from './audit.service.js';

@AdminController('admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'The audit log of the back office, newest first' })
  @ApiOkResponse({ standardSchema: ZPage(ZAuditEntry) })
  @ApiErrors({ badRequest: 'Invalid filters; issues name them.' })
  list(
    @CurrentUser() user: TAuthUser,
    @Query({ schema: ZAuditQuery }) query: TAuditQuery,
  ): Promise<TPage<TAuditEntry>> {
    return this.audit.list(user.tenant.id, query);
  }

  @Get('entity-types')
  @ApiOperation({ summary: "The entity types the tenant's audit log mentions, for its filter" })
  @ApiOkResponse({ standardSchema: ZAuditEntityTypes })
  entityTypes(@CurrentUser() user: TAuthUser): Promise<TAuditEntityTypes> {
    return this.audit.entityTypes(user.tenant.id);
  }
}
