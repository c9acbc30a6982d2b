import { Global, Module } from '@nestjs/common';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { SecretKeys } from './secret-keys.js';
import { SessionsService } from './sessions.service.js';

/** Accounts' sessions and the keys derived from SECRETS_KEY, for every capability. */
@Global()
@Module({
  controllers: [AuthController],
  providers: [SessionsService, SecretKeys, AuthGuard],
  exports: [SessionsService, SecretKeys, AuthGuard],
})
export class AuthModule {}
