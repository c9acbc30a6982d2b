import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { RealtimeService } from '../realtime/realtime.service.js';
import { WallboardService } from './wallboard.service.js';

/** At most one snapshot per tenant this often, however many calls change. */
export const WALLBOARD_PUBLISH_INTERVAL_MS = 1000;
/** Changes arriving together (ringing, then the form) go out in one snapshot. */
const COALESCE_MS = 100;

/**
 * After a tenant's calls, forms or logins change, pushes a fresh wallboard to its supervisors: debounced per
 * tenant, off the intakes' path (they only schedule a timer), and only while a supervisor is connected.
 */
@Injectable()
export class WallboardPublisher implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(WallboardPublisher.name);
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly lastPublishedAt = new Map<string, number>();
  private closed = false;

  constructor(
    private readonly realtime: RealtimeService,
    private readonly wallboard: WallboardService,
  ) {}

  onModuleInit(): void {
    this.realtime.onTenantChange((tenantId) => this.schedule(tenantId));
  }

  onModuleDestroy(): void {
    this.closed = true;
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }

  schedule(tenantId: string): void {
    if (this.closed || this.pending.has(tenantId)) return;
    const last = this.lastPublishedAt.get(tenantId) ?? 0;
    const delay = Math.max(COALESCE_MS, last + WALLBOARD_PUBLISH_INTERVAL_MS - Date.now());
    const timer = setTimeout(() => void this.publish(tenantId), delay);
    timer.unref();
    this.pending.set(tenantId, timer);
  }

  private async publish(tenantId: string): Promise<void> {
    this.pending.delete(tenantId);
    this.lastPublishedAt.set(tenantId, Date.now());
    try {
      if (!(await this.realtime.hasSupervisors(tenantId))) return;
      const snapshot = await this.wallboard.forTenant(tenantId);
      // A change during the read schedules the next snapshot, a second after this one.
      if (!this.closed) this.realtime.wallboardUpdated(tenantId, snapshot);
    } catch (error) {
      if (!this.closed) this.logger.error(error, 'Could not publish the wallboard');
    }
  }
}
