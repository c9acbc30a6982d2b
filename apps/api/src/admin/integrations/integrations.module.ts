import { Module } from '@nestjs/common';
import { IntegrationsController } from './integrations.controller.js';
import { IntegrationsService } from './integrations.service.js';
import { RelayTokensService } from './relay-tokens.service.js';
import { ShuttleRelayConnections } from './shuttle-relay-connections.js';
import { XivoTenantOrigins } from './xivo-tenant-origins.js';

/** Per-tenant platform settings (public and secret parts) and Shuttle relay tokens. */
@Module({
  controllers: [IntegrationsController],
  providers: [IntegrationsService, RelayTokensService, ShuttleRelayConnections, XivoTenantOrigins],
  exports: [IntegrationsService, XivoTenantOrigins],
})
export class IntegrationsModule {}
