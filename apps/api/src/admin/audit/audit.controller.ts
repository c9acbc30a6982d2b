import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type TAuditEntry,
  type TAuditQuery,
  type TAuthUser,
  type TPage,
  ZAuditEntry,
  ZAuditQuery,
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
  list(
    @CurrentUser() user: TAuthUser,
    @Query({ schema: ZAuditQuery }) query: TAuditQuery,
  ): Promise<TPage<TAuditEntry>> {
    return this.audit.list(user.tenant.id, query);
  }
}
