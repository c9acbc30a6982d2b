import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import type { Database } from '@screenpop/db';
import { LoggerModule } from 'nestjs-pino';
import { ApiExceptionFilter } from '../common/api-exception.filter.js';
import { CommonModule } from '../common/common.module.js';
import { DatabaseModule } from '../common/database.module.js';
import { ValidationPipe } from '../common/validation.pipe.js';
import { FormsModule } from '../forms/forms.module.js';
import { HealthModule } from '../health/health.module.js';
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
        HealthModule,
        XivoModule,
        FormsModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: ValidationPipe },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
      ],
    };
  }
}
