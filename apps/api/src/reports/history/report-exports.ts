import {
  REPORT_FIGURE_DEFINITIONS,
  REPORT_FIGURES,
  type TAgentReportRow,
  type TQueueReportRow,
  type TReportCall,
  type TReportDisposition,
  type TReportExportTable,
  type TReportFigures,
  type TReportSeriesPoint,
  toApiIssues,
  ZAgentReportQuery,
  ZQueueReportQuery,
  ZReportSeriesQuery,
} from '@screenpop/contracts';
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import { RequestValidationException } from '../../common/request-validation.exception.js';
import { type CsvColumn, csvStream, whole } from './report-csv.js';
import { type ReportScope, ReportsService, toReportCall } from './reports.service.js';

/** Calls read per query while streaming the call list. */
export const CALL_EXPORT_CHUNK = 2_000;

const col = <Row>(header: string, value: CsvColumn<Row>['value']): CsvColumn<Row> => ({ header, value });
const pick = <Row>(...keys: (keyof Row & string)[]): CsvColumn<Row>[] =>
  keys.map((key) => col<Row>(key, (row) => row[key] as string | number | null));

type FigureRow = { figure: keyof TReportFigures; value: number | null };

const CALL_COLUMNS = pick<TReportCall>(
  'id',
  'ringingAt',
  'source',
  'externalCallId',
  'direction',
  'outcome',
  'caller',
  'callerName',
  'callee',
  'queueName',
  'agentName',
  'waitSeconds',
  'talkSeconds',
  'wrapUpSeconds',
  'formStatus',
  'disposition',
  'dispositionLabel',
);

function parsed<T extends z.ZodType>(schema: T, query: Record<string, unknown>): z.infer<T> {
  const result = schema.safeParse(query);
  if (!result.success) throw new RequestValidationException(toApiIssues(result.error));
  return result.data;
}

/**
 * One report table as a CSV stream and its file name. Everything is checked before the first byte goes out;
 * the call list is read and written a chunk at a time.
 */
export async function reportExport(
  reports: ReportsService,
  scope: ReportScope,
  table: TReportExportTable,
  query: Record<string, unknown>,
): Promise<{ stream: Readable; filename: string }> {
  const filename = `screenpop-${table}-${scope.period.from}_${scope.period.to}.csv`;
  const done = (stream: Readable) => ({ stream, filename });
  switch (table) {
    case 'summary': {
      const summary = await reports.summary(scope);
      const rows: FigureRow[] = Object.entries(summary.figures).map(([figure, value]) => ({
        figure: figure as keyof TReportFigures,
        value,
      }));
      return done(
        csvStream<FigureRow>(
          [
            col('figure', (row) => row.figure),
            col('value', (row) => row.value),
            col('definition', (row) => REPORT_FIGURES[REPORT_FIGURE_DEFINITIONS[row.figure]]),
          ],
          whole(rows),
        ),
      );
    }
    case 'dispositions': {
      const summary = await reports.summary(scope);
      return done(
        csvStream(pick<TReportDisposition>('code', 'label', 'count', 'share'), whole(summary.dispositions)),
      );
    }
    case 'series': {
      const { interval } = parsed(ZReportSeriesQuery, query);
      const series = await reports.series(scope, interval);
      return done(
        csvStream(
          pick<TReportSeriesPoint>(
            'startsAt',
            'label',
            'offered',
            'answered',
            'abandoned',
            'outbound',
            'ahtSeconds',
            'asaSeconds',
            'serviceLevel',
          ),
          whole(series.points),
        ),
      );
    }
    case 'agents': {
      const report = await reports.agents(scope, parsed(ZAgentReportQuery, query));
      return done(
        csvStream(
          pick<TAgentReportRow>(
            'name',
            'source',
            'externalId',
            'answered',
            'missed',
            'avgTalkSeconds',
            'avgWrapUpSeconds',
            'ahtSeconds',
            'formsOpened',
            'formsCompleted',
          ),
          whole(report.rows),
        ),
      );
    }
    case 'queues': {
      const report = await reports.queues(scope, parsed(ZQueueReportQuery, query));
      return done(
        csvStream(
          pick<TQueueReportRow>(
            'name',
            'source',
            'offered',
            'answered',
            'abandoned',
            'abandonRate',
            'asaSeconds',
            'serviceLevel',
            'ahtSeconds',
            'longestWaitSeconds',
          ),
          whole(report.rows),
        ),
      );
    }
    case 'calls':
      return done(
        csvStream(CALL_COLUMNS, callChunks(reports, scope, await reports.dispositionLabels(scope.tenantId))),
      );
  }
}

/** Every call of the period, newest first, a keyset chunk at a time. */
async function* callChunks(
  reports: ReportsService,
  scope: ReportScope,
  labels: ReadonlyMap<string, string>,
): AsyncIterable<TReportCall[]> {
  let after: { ringingAt: Date; id: string } | undefined;
  for (;;) {
    const rows = await reports.callRows(scope, { limit: CALL_EXPORT_CHUNK, after });
    if (rows.length === 0) return;
    yield rows.map((row) => toReportCall(row, labels));
    const last = rows[rows.length - 1]!;
    after = { ringingAt: last.ringingAt, id: last.id };
    if (rows.length < CALL_EXPORT_CHUNK) return;
  }
}
