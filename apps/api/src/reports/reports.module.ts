import { Module } from '@nestjs/common';
import { WallboardController } from './wallboard.controller.js';
import { WallboardPublisher } from './wallboard.publisher.js';
import { WallboardService } from './wallboard.service.js';

/** What supervisors watch and read: the live wallboard, and (later) history reports. */
@Module({
  controllers: [WallboardController],
  providers: [WallboardService, WallboardPublisher],
})
export class ReportsModule {}
