import { Module } from '@nestjs/common';
import { CallHistoryService } from './history/call-history.service.js';
import { MyCallsController } from './history/my-calls.controller.js';
import { ReportRollup } from './history/report-rollup.service.js';
import { ReportsController } from './history/reports.controller.js';
import { ReportsService } from './history/reports.service.js';
import { WallboardController } from './wallboard.controller.js';
import { WallboardPublisher } from './wallboard.publisher.js';
import { WallboardService } from './wallboard.service.js';

/** What supervisors watch and read: the live wallboard, and the history reports. */
@Module({
  controllers: [WallboardController, ReportsController, MyCallsController],
  providers: [WallboardService, WallboardPublisher, ReportsService, ReportRollup, CallHistoryService],
  exports: [ReportRollup],
})
export class ReportsModule {}
