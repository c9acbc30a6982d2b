import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import type { Database } from '@screenpop/db';
import { LoggerModule } from 'nestjs-pino';
import { AgentsModule } from '../agents/agents.module.js';
import { ApiExceptionFilter } from '../common/api-exception.filter.js';
import { CommonModule } from '../common/common.module.js';
import { DatabaseModule } from '../common/database.module.js';
import { ValidationPipe } from '../common/validation.pipe.js';
import { FormsModule } from '../forms/forms.module.js';
import { HealthModule } from '../health/health.module.js';
import { ContactsModule } from '../contacts/contacts.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { RulesModule } from '../rules/rules.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { AuthGuard } from '../auth/auth.guard.js';
import { AuthModule } from '../auth/auth.module.js';
import { AdminModule } from '../admin/admin.module.js';
import { ShuttleModule } from '../shuttle/shuttle.module.js';
import { XivoLoginModule } from '../xivo/login.module.js';
import { XivoModule } from '../xivo/xivo.module.js';
import { APP_CONFIG, type AppConfig } from './config.js';
import { loggerParams } from './logger.js';

@Global()
@Module({})
class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database?: Database): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(config)),
        DatabaseModule.forRoot(database),
        CommonModule,
        RealtimeModule,
        AuthModule,
        AdminModule,
        RulesModule,
        ContactsModule,
        ReportsModule,
        HealthModule,
        XivoModule,
        XivoLoginModule,
        ShuttleModule,
        AgentsModule,
        FormsModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: ValidationPipe },
        { provide: APP_GUARD, useExisting: AuthGuard },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
      ],
    };
  }
}
