import { Module } from '@nestjs/common';
import { CallsRepository } from './calls.repository.js';
import { CallsService } from './calls.service.js';

@Module({ providers: [CallsRepository, CallsService], exports: [CallsRepository, CallsService] })
export class CallsModule {}
