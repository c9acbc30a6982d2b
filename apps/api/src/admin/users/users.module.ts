import { Module } from '@nestjs/common';

/** Users of the tenant: create, change role, deactivate, link platform identities. */
@Module({})
export class UsersModule {}
