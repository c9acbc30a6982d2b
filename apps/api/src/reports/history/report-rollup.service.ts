import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { type Database, Prisma, type ReportRollupState } from '@screenpop/db';
import { APP_CONFIG, type AppConfig } from '../../app/config.js';
import { DATABASE } from '../../common/database.module.js';
import { addDays, daysBetween, localDay, localDayOf } from '../local-day.js';
import { callDayRows, type Grain, ROLLUP_TABLES, rollupColumns } from './call-facts.js';

const GRAINS: Grain[] = ['day', 'hour'];

/**
 * The history reports' rollup: per tenant, local day (ReportCallDay) or hour (ReportCallHour) and combination
 * of the reports' filters, the counts and sums the figures are made of.
 *
 * Why a rollup table: with a million calls, a quarter's report aggregates hundreds of thousands of calls and
 * their forms, which takes seconds on two cores; the same quarter is a few thousand rollup rows (about 65,000
 * for 180 days of a 40-agent floor), read in milliseconds. Why not a materialised view: refreshing one
 * recomputes every day, while here a refresh recomputes only the days that changed, and the reports read the
 * calls of the days the rollup does not cover (yesterday, today, and any day not rolled up yet), so they are
 * never out of date for the days that are still moving.
 *
 * The rollup covers settled days, before yesterday. A refresh (at start, then every
 * REPORTS_ROLLUP_INTERVAL_SECONDS, one instance at a time) rolls up the days that have settled since, and
 * recomputes the covered days of the calls that changed since the last refresh (a late event or a form
 * completed days later). A change of time zone or service-level threshold rebuilds everything.
 */
@Injectable()
export class ReportRollup implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReportRollup.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  /** Transactions commit a little after their now(): changes are looked for this far before the last refresh. */
  static readonly CHANGE_MARGIN_MS = 10 * 60_000;

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.reports.rollupIntervalSeconds;
    if (seconds === 0) return;
    const tick = () => {
      this.running ??= this.refreshAll()
        .catch((error: unknown) => this.logger.error({ err: error }, 'Report rollup refresh failed'))
        .finally(() => (this.running = undefined));
    };
    // The first refresh a second after start (off the boot path), then every interval.
    this.timer = setTimeout(() => {
      tick();
      this.timer = setInterval(tick, seconds * 1000).unref();
    }, 1000).unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.timer);
    clearInterval(this.timer);
    await this.running;
  }

  /** Brings every tenant's rollup up to date. */
  async refreshAll(now = new Date()): Promise<void> {
    const tenants = await this.database.prisma.tenant.findMany({ select: { id: true } });
    for (const tenant of tenants) await this.refresh(tenant.id, now);
  }

  /**
   * Brings a tenant's rollup up to date; another instance refreshing it at the same time makes this one skip.
   * Answers what it did, for logs and tests.
   */
  async refresh(
    tenantId: string,
    now = new Date(),
  ): Promise<{ skipped: boolean; rebuilt: boolean; days: number }> {
    const { timeZone, serviceLevelSeconds } = this.config.reports;
    const settledTo = addDays(localDay(now, timeZone).date, -1);

    const startOf = (date: string) => localDayOf(date, timeZone).from;

    const started = Date.now();
    const result = await this.database.prisma.$transaction(
      async (tx) => {
        const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
          SELECT pg_try_advisory_xact_lock(hashtext('screenpop.report-rollup'), hashtext(${tenantId}::text)) AS "locked"`;
        if (!lock?.locked) return { skipped: true, rebuilt: false, days: 0 };
        const [{ startedAt }] = (await tx.$queryRaw<{ startedAt: Date }[]>`SELECT now() AS "startedAt"`) as [
          { startedAt: Date },
        ];
        const state = await tx.reportRollupState.findUnique({ where: { tenantId } });
        // Both grains of the days from start to end (excluded), from the calls.
        const insert = async (start: Date, end: Date) => {
          for (const grain of GRAINS) {
            const rows = callDayRows({ tenantId, timeZone, serviceLevelSeconds, start, end, grain });
            await tx.$executeRaw`INSERT INTO ${Prisma.raw(`"${ROLLUP_TABLES[grain]}"`)} ("tenantId", ${rollupColumns(grain)})
                                 SELECT ${tenantId}::uuid, * FROM (${rows}) AS rows
                                 ORDER BY ${Prisma.raw(grain === 'hour' ? '"day", "hour"' : '"day"')}`;
          }
        };
        const remove = async (day?: string) => {
          for (const grain of GRAINS) {
            await tx.$executeRaw`DELETE FROM ${Prisma.raw(`"${ROLLUP_TABLES[grain]}"`)}
                                 WHERE "tenantId" = ${tenantId}::uuid ${day ? Prisma.sql`AND "day" = ${day}::date` : Prisma.empty}`;
          }
        };
        const save = (coveredFrom: string, coveredTo: string) => {
          const data = {
            timeZone,
            serviceLevelSeconds,
            coveredFrom: new Date(coveredFrom),
            coveredTo: new Date(coveredTo),
            refreshedAt: startedAt,
          };
          return tx.reportRollupState.upsert({
            where: { tenantId },
            create: { tenantId, ...data },
            update: data,
          });
        };

        const covered = this.coveredBy(state);
        const changed =
          covered && state
            ? await this.changedDays(
                tx,
                tenantId,
                new Date(state.refreshedAt.getTime() - ReportRollup.CHANGE_MARGIN_MS),
                startOf(covered.to),
              )
            : [];

        if (!covered || changed.some((day) => day < covered.from)) {
          await remove();
          const [{ first }] = (await tx.$queryRaw<{ first: string | null }[]>`
            SELECT (min("ringingAt") AT TIME ZONE ${timeZone}::text)::date::text AS "first"
            FROM "Call" WHERE "tenantId" = ${tenantId}::uuid`) as [{ first: string | null }];
          const from = first && first < settledTo ? first : settledTo;
          await insert(startOf(from), startOf(settledTo));
          await save(from, settledTo);
          return { skipped: false, rebuilt: true, days: Math.max(0, daysBetween(from, settledTo)) };
        }

        const recompute = changed.filter((day) => day >= covered.from && day < covered.to);
        for (const day of recompute) {
          await remove(day);
          await insert(startOf(day), startOf(addDays(day, 1)));
        }
        const to = covered.to < settledTo ? settledTo : covered.to;
        if (to > covered.to) await insert(startOf(covered.to), startOf(to));
        await save(covered.from, to);
        return {
          skipped: false,
          rebuilt: false,
          days: recompute.length + daysBetween(covered.to, to),
        };
      },
      { maxWait: 10_000, timeout: 15 * 60_000 },
    );
    if (!result.skipped && (result.rebuilt || result.days > 0)) {
      // The planner needs the tables' new size at once (a rebuild also leaves a dead row for each old one),
      // not when autovacuum next passes: without it a week's hourly chart takes seconds, not milliseconds.
      const tables = Object.values(ROLLUP_TABLES)
        .map((table) => `"${table}"`)
        .join(', ');
      await this.database.prisma.$executeRawUnsafe(
        result.rebuilt ? `VACUUM (ANALYZE) ${tables}` : `ANALYZE ${tables}`,
      );
      this.logger.log(
        { tenantId, ...result, durationMs: Date.now() - started },
        result.rebuilt ? 'Report rollup rebuilt' : 'Report rollup refreshed',
      );
    }
    return result;
  }

  /** The days covered by the tenant's rollup with the current settings ([from, to), local dates), or null. */
  async coverage(tenantId: string): Promise<{ from: string; to: string } | null> {
    return this.coveredBy(await this.database.prisma.reportRollupState.findUnique({ where: { tenantId } }));
  }

  /** The days a rollup state covers, or null when it was computed with other settings (or there is none). */
  private coveredBy(state: ReportRollupState | null): { from: string; to: string } | null {
    const { timeZone, serviceLevelSeconds } = this.config.reports;
    if (!state || state.timeZone !== timeZone || state.serviceLevelSeconds !== serviceLevelSeconds)
      return null;
    return { from: dateOf(state.coveredFrom), to: dateOf(state.coveredTo) };
  }

  /** Local days of the tenant's calls (ringing before `before`) with an event or a form change since `since`. */
  private async changedDays(
    tx: Prisma.TransactionClient,
    tenantId: string,
    since: Date,
    before: Date,
  ): Promise<string[]> {
    const rows = await tx.$queryRaw<{ day: string }[]>`
      SELECT DISTINCT (changed."ringingAt" AT TIME ZONE ${this.config.reports.timeZone}::text)::date::text AS "day"
      FROM (
        SELECT c."ringingAt" FROM "CallEvent" e JOIN "Call" c ON c."id" = e."callId"
        WHERE e."occurredAt" > ${since} AND c."tenantId" = ${tenantId}::uuid AND c."ringingAt" < ${before}
        UNION ALL
        SELECT c."ringingAt" FROM "FormSession" f JOIN "Call" c ON c."id" = f."callId"
        WHERE f."updatedAt" > ${since} AND f."tenantId" = ${tenantId}::uuid AND c."ringingAt" < ${before}
      ) AS changed
      ORDER BY 1`;
    return rows.map((row) => row.day);
  }
}

/** A DATE column as Prisma reads it (midnight UTC) back to YYYY-MM-DD. */
const dateOf = (date: Date) => date.toISOString().slice(0, 10);
