import { Module } from '@nestjs/common';

/** Per-tenant platform settings (public and secret parts) and Shuttle relay tokens. */
@Module({})
export class IntegrationsModule {}
