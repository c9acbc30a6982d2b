import { Module } from '@nestjs/common';
import { CallsModule } from '../calls/calls.module.js';
import { RulesModule } from '../rules/rules.module.js';
import { XivoController } from './xivo.controller.js';
import { XivoService } from './xivo.service.js';

@Module({
  imports: [CallsModule, RulesModule],
  controllers: [XivoController],
  providers: [XivoService],
})
export class XivoModule {}
