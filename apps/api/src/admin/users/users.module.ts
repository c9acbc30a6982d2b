import { Module } from '@nestjs/common';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

/** Users of the tenant: create, change role, deactivate, link platform identities. */
@Module({ controllers: [UsersController], providers: [UsersService] })
export class UsersModule {}
