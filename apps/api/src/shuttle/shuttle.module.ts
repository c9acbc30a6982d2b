import { Module } from '@nestjs/common';
import { CallsModule } from '../calls/calls.module.js';
import { RulesModule } from '../rules/rules.module.js';
import { IntegrationTokensService } from './integration-tokens.service.js';
import { ShuttleRelayGuard } from './shuttle-relay.guard.js';
import { ShuttleController } from './shuttle.controller.js';
import { ShuttleGateway } from './shuttle.gateway.js';
import { ShuttleService } from './shuttle.service.js';

@Module({
  imports: [CallsModule, RulesModule],
  controllers: [ShuttleController],
  providers: [IntegrationTokensService, ShuttleRelayGuard, ShuttleService, ShuttleGateway],
  exports: [ShuttleGateway],
})
export class ShuttleModule {}
