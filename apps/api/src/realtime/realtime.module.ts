import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../app/config.js';
import { LiveCallsController } from './live-calls.controller.js';
import { connectRedis, REDIS, RedisCloser } from './redis.js';
import { RealtimeService } from './realtime.service.js';
import { SupervisorAccess } from './supervisor-access.js';
import { SupervisorGateway } from './supervisor.gateway.js';
import { ThrottleFactory } from './throttle.js';

/** Publishing to supervisors, throttles and supervisor access, for every capability. */
@Global()
@Module({
  controllers: [LiveCallsController],
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => (config.redisUrl ? connectRedis(config.redisUrl, 'api') : null),
    },
    RedisCloser,
    ThrottleFactory,
    SupervisorAccess,
    SupervisorGateway,
    RealtimeService,
  ],
  exports: [REDIS, ThrottleFactory, SupervisorAccess, RealtimeService],
})
export class RealtimeModule {}
