import {
  applyDecorators,
  Controller,
  Get,
  NotFoundException,
  Param,
  Query,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import {
  REPORT_NO_DISPOSITION,
  REPORT_PERIOD_PRESETS,
  type TAgentHistory,
  type TAgentHistoryQuery,
  type TAgentReport,
  type TAgentReportQuery,
  type TPageQuery,
  type TQueueReport,
  type TQueueReportQuery,
  type TReportCallDetail,
  type TReportCallPage,
  type TReportExportTable,
  type TReportFilters,
  type TReportOptions,
  type TReportSeries,
  type TReportSummary,
  ZAgentHistory,
  ZAgentHistoryQuery,
  ZAgentReport,
  ZAgentReportQuery,
  ZApiError,
  ZPageQuery,
  ZQueueReport,
  ZQueueReportQuery,
  ZReportCallDetail,
  ZReportCallPage,
  ZReportExportTable,
  ZReportFilters,
  ZReportOptions,
  ZReportSeries,
  ZReportSeriesQuery,
  ZReportSummary,
  ZTenantQuery,
  type TTenantQuery,
} from '@screenpop/contracts';
import { DEFAULT_TENANT_SLUG } from '@screenpop/db';
import { z } from 'zod';
import { RequireRole } from '../../auth/access.decorators.js';
import { CurrentPrincipal, type Principal, tenantSlugFor } from '../../auth/principal.js';
import { TenantsService } from '../../common/tenants.service.js';
import { CallHistoryService } from './call-history.service.js';
import { reportExport } from './report-exports.js';
import { type ReportScope, ReportsService } from './reports.service.js';

const FILTER_DOCS: [string, string][] = [
  [
    'period',
    `A preset (${REPORT_PERIOD_PRESETS.join(', ')}); "today" when absent. Local days of REPORTS_TIME_ZONE.`,
  ],
  ['from', 'First day of a custom period (YYYY-MM-DD).'],
  ['to', 'Last day of a custom period, included (YYYY-MM-DD).'],
  ['tenant', 'Tenant slug, for a supervisor token ("default" when absent); a signed-in user sees their own.'],
  ['source', 'xivo, shuttle or vodia.'],
  ['queue', 'A queue id.'],
  ['agent', 'An agent id.'],
  ['disposition', `A disposition code, or "${REPORT_NO_DISPOSITION}" for calls without one.`],
  ['direction', 'inbound, outbound, internal or unknown.'],
];

/** Documents the filters every report takes, and its 400 and 404 answers. */
const ReportRoute = (summary: string, ok: z.ZodType | null) =>
  applyDecorators(
    ApiOperation({ summary }),
    ...FILTER_DOCS.map(([name, description]) => ApiQuery({ name, required: false, description })),
    ...(ok ? [ApiOkResponse({ standardSchema: ok })] : []),
    ApiBadRequestResponse({ standardSchema: ZApiError, description: 'Invalid filters; issues name them.' }),
    ApiNotFoundResponse({ standardSchema: ZApiError, description: 'Unknown tenant.' }),
  );

/** The supervisors' history reports. Every figure's definition is REPORT_FIGURES in @screenpop/contracts. */
@ApiTags('reports')
@Controller('reports')
@RequireRole('supervisor')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly history: CallHistoryService,
    private readonly tenants: TenantsService,
  ) {}

  @Get('summary')
  @ReportRoute(
    'Calls offered, answered, abandoned, ASA, AHT, service level, forms and dispositions',
    ZReportSummary,
  )
  async summary(
    @Query({ schema: ZReportFilters }) filters: TReportFilters,
    @CurrentPrincipal() principal: Principal,
  ): Promise<TReportSummary> {
    return this.reports.summary(await this.scope(filters, principal));
  }

  @Get('series')
  @ReportRoute('The figures per hour or per day over the period, empty buckets included', ZReportSeries)
  @ApiQuery({ name: 'interval', required: false, enum: ['hour', 'day'] })
  async series(
    @Query({ schema: ZReportFilters }) filters: TReportFilters,
    @Query({ schema: ZReportSeriesQuery }) { interval }: z.infer<typeof ZReportSeriesQuery>,
    @CurrentPrincipal() principal: Principal,
  ): Promise<TReportSeries> {
    return this.reports.series(await this.scope(filters, principal), interval);
  }

  @Get('agents')
  @ReportRoute('Per agent: answered, missed, talk, wrap-up, handle time and forms', ZAgentReport)
  @ApiQuery({ name: 'sort', required: false })
  @ApiQuery({ name: 'order', required: false, enum: ['asc', 'desc'] })
  async agents(
    @Query({ schema: ZReportFilters }) filters: TReportFilters,
    @Query({ schema: ZAgentReportQuery }) sort: TAgentReportQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<TAgentReport> {
    return this.reports.agents(await this.scope(filters, principal), sort);
  }

  @Get('queues')
  @ReportRoute(
    'Per queue: offered, answered, abandoned, ASA, service level, handle time, longest wait',
    ZQueueReport,
  )
  @ApiQuery({ name: 'sort', required: false })
  @ApiQuery({ name: 'order', required: false, enum: ['asc', 'desc'] })
  async queues(
    @Query({ schema: ZReportFilters }) filters: TReportFilters,
    @Query({ schema: ZQueueReportQuery }) sort: TQueueReportQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<TQueueReport> {
    return this.reports.queues(await this.scope(filters, principal), sort);
  }

  @Get('calls')
  @ReportRoute("The period's calls, newest first, a page at a time", ZReportCallPage)
  @ApiQuery({ name: 'page', required: false })
  @ApiQuery({ name: 'pageSize', required: false })
  async calls(
    @Query({ schema: ZReportFilters }) filters: TReportFilters,
    @Query({ schema: ZPageQuery }) { page, pageSize }: TPageQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<TReportCallPage> {
    return this.reports.calls(await this.scope(filters, principal), page, pageSize);
  }

  @Get('calls/:id')
  @ApiOperation({ summary: "A call's page: its details, its form and the timeline of every event" })
  @ApiQuery({ name: 'tenant', required: false, description: FILTER_DOCS[3]![1] })
  @ApiOkResponse({ standardSchema: ZReportCallDetail })
  @ApiNotFoundResponse({ standardSchema: ZApiError, description: 'No such call in the tenant.' })
  async call(
    @Param('id') id: string,
    @Query({ schema: ZTenantQuery }) { tenant }: TTenantQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<TReportCallDetail> {
    return this.history.call(await this.tenantId(principal, tenant), id);
  }

  @Get('agents/:id/calls')
  @ApiOperation({ summary: "An agent's calls of the last days (today included), newest first" })
  @ApiQuery({
    name: 'days',
    required: false,
    description: 'How many days, today included (1–90, default 7).',
  })
  @ApiOkResponse({ standardSchema: ZAgentHistory })
  @ApiNotFoundResponse({ standardSchema: ZApiError, description: 'No such agent in the tenant.' })
  async agentCalls(
    @Param('id') id: string,
    @Query({ schema: ZAgentHistoryQuery }) query: TAgentHistoryQuery,
    @Query({ schema: ZTenantQuery }) { tenant }: TTenantQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<TAgentHistory> {
    return this.history.agentHistory(await this.tenantId(principal, tenant), id, query);
  }

  @Get('options')
  @ApiOperation({ summary: "What the filters offer: the tenant's queues, agents and dispositions" })
  @ApiQuery({ name: 'tenant', required: false, description: FILTER_DOCS[3]![1] })
  @ApiOkResponse({ standardSchema: ZReportOptions })
  async options(
    @Query({ schema: ZTenantQuery }) { tenant }: TTenantQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<TReportOptions> {
    return this.reports.options(await this.tenantId(principal, tenant));
  }

  @Get('export/:table')
  @ReportRoute(
    'A report table as CSV, streamed: summary, dispositions, series, agents, queues or calls (every call of the period)',
    null,
  )
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'The table as CSV: a header line, then a line per row (an attachment; UTF-8 with a BOM).',
  })
  @ApiQuery({ name: 'interval', required: false, enum: ['hour', 'day'], description: 'series only' })
  @ApiQuery({ name: 'sort', required: false, description: 'agents and queues only' })
  @ApiQuery({ name: 'order', required: false, enum: ['asc', 'desc'] })
  async export(
    @Param('table') table: string,
    @Query({ schema: ZReportFilters }) filters: TReportFilters,
    @Query() query: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StreamableFile> {
    const parsed = ZReportExportTable.safeParse(table);
    if (!parsed.success) throw new NotFoundException(`No report table "${table}"`);
    const scope = await this.scope(filters, principal);
    const { stream, filename } = await reportExport(
      this.reports,
      scope,
      parsed.data as TReportExportTable,
      query,
    );
    return new StreamableFile(stream, {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="${filename}"`,
    });
  }

  private async tenantId(principal: Principal, requested: string | undefined): Promise<string> {
    const tenant = await this.tenants.require(tenantSlugFor(principal, requested, DEFAULT_TENANT_SLUG));
    return tenant.id;
  }

  private async scope(filters: TReportFilters, principal: Principal): Promise<ReportScope> {
    return this.reports.scope(await this.tenantId(principal, filters.tenant), filters);
  }
}
