import { Module } from '@nestjs/common';
import { AuditModule } from './audit/audit.module.js';
import { IntegrationsModule } from './integrations/integrations.module.js';
import { UsersModule } from './users/users.module.js';

/** The administrators' back office besides rules, templates and contacts (in their own capabilities). */
@Module({ imports: [AuditModule, UsersModule, IntegrationsModule] })
export class AdminModule {}
