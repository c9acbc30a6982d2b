import { Module } from '@nestjs/common';
import { ShuttleModule } from '../../shuttle/shuttle.module.js';
import { IntegrationsController } from './integrations.controller.js';
import { IntegrationsService } from './integrations.service.js';
import { RelayTokensService } from './relay-tokens.service.js';
import { XivoTenantOrigins } from './xivo-tenant-origins.js';

/** Per-tenant platform settings (public and secret parts) and Shuttle relay tokens. */
@Module({
  imports: [ShuttleModule],
  controllers: [IntegrationsController],
  providers: [IntegrationsService, RelayTokensService, XivoTenantOrigins],
  exports: [IntegrationsService, XivoTenantOrigins],
})
export class IntegrationsModule {}
