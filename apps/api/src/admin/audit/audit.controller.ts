import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type TAuditEntityTypes,
  type TAuditEntry,
  type TAuditQuery,
  type TAuthUser,
  type TPage,
  ZAuditEntityTypes,
  ZAuditEntry,
  ZAuditQuery,
  ZApiError,
  ZPage,
} from '@screenpop/contracts';
import { RequireRole } from '../../auth/access.decorators.js';
import { CurrentUser } from '../../auth/principal.js';
import { AuditService } from './audit.service.js';

@ApiTags('admin')
@Controller('admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @RequireRole('admin')
  @ApiOperation({ summary: 'The audit log of the back office, newest first' })
  @ApiOkResponse({ standardSchema: ZPage(ZAuditEntry) })
  @ApiBadRequestResponse({ standardSchema: ZApiError, description: 'Invalid filters; issues name them.' })
  list(
    @CurrentUser() user: TAuthUser,
    @Query({ schema: ZAuditQuery }) query: TAuditQuery,
  ): Promise<TPage<TAuditEntry>> {
    return this.audit.list(user.tenant.id, query);
  }

  @Get('entity-types')
  @RequireRole('admin')
  @ApiOperation({ summary: "The entity types the tenant's audit log mentions, for its filter" })
  @ApiOkResponse({ standardSchema: ZAuditEntityTypes })
  entityTypes(@CurrentUser() user: TAuthUser): Promise<TAuditEntityTypes> {
    return this.audit.entityTypes(user.tenant.id);
  }
}
