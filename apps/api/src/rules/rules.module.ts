import { Module } from '@nestjs/common';
import { RulesAdminService } from './rules-admin.service.js';
import { RulesController } from './rules.controller.js';
import { RulesService } from './rules.service.js';

@Module({
  controllers: [RulesController],
  providers: [RulesService, RulesAdminService],
  exports: [RulesService],
})
export class RulesModule {}
