'use client';

import type {
  TApiIssue,
  TContactImportResult,
  TContactImportRow,
  TContactImportRowResult,
} from '@screenpop/contracts';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import {
  type ChangeEvent,
  type ReactNode,
  type RefObject,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { Notice } from '@/components/admin/shared/notice';
import { inputClass } from '@/components/admin/shared/field';
import { buttonClass } from '@/components/ui/button';
import { contactsApi } from '@/lib/admin/contacts-api';
import {
  batches,
  CONTACT_COLUMNS,
  type ColumnMapping,
  type ContactColumn,
  decodeCsvBytes,
  detectMapping,
  missingColumns,
  type ParsedCsv,
  parseCsv,
  rejectedRowsCsv,
  toImportRow,
} from './contact-csv';

const PREVIEW_ROWS = 20;
const REJECTED_SHOWN = 50;
const CHECK_DELAY_MS = 300;
const panelClass = 'rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200';

type Preview =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'error'; message: string }
  | { status: 'ready'; result: TContactImportResult };

interface Run {
  state: 'running' | 'cancelling' | 'cancelled' | 'failed' | 'done';
  done: number;
  total: number;
  /** The batch to send next (where a resumed import starts). */
  nextBatch: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  failure: { row: number; message: string } | null;
}

type Stage =
  | { kind: 'choose'; error: string | null }
  | { kind: 'reading' }
  | { kind: 'loaded'; fileName: string; parsed: ParsedCsv };

/** A CSV file read in the browser, checked on a first batch, then imported 500 rows at a time. */
export function ContactsImportClient() {
  const t = useTranslations('contacts');
  const tc = useTranslations('common');
  const [stage, setStage] = useState<Stage>({ kind: 'choose', error: null });
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [preview, setPreview] = useState<Preview>({ status: 'idle' });
  const [run, setRun] = useState<Run | null>(null);
  const rejectedRef = useRef<TContactImportRowResult[]>([]);
  const cancelRef = useRef(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const summaryHeading = useRef<HTMLHeadingElement>(null);

  const parsed = stage.kind === 'loaded' ? stage.parsed : null;
  const rows = useMemo(
    () => (parsed ? parsed.records.map((record) => toImportRow(record, mapping)) : []),
    [parsed, mapping],
  );
  const missing = parsed ? missingColumns(mapping) : [];

  const firstBatch = useMemo(() => batches(rows)[0] ?? [], [rows]);
  const checkable = firstBatch.length > 0 && missing.length === 0 && run === null;

  // The server checks the first batch (nothing stored) each time the mapping changes.
  useEffect(() => {
    if (!checkable) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setPreview({ status: 'checking' });
      contactsApi
        .import({ dryRun: true, rows: firstBatch }, controller.signal)
        .then((result) =>
          setPreview(
            result.ok
              ? { status: 'ready', result: result.data }
              : { status: 'error', message: result.message },
          ),
        )
        .catch(() => undefined);
    }, CHECK_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
      setPreview({ status: 'idle' });
    };
  }, [checkable, firstBatch]);

  const finished = run && (run.state === 'done' || run.state === 'cancelled');
  useEffect(() => {
    if (finished) summaryHeading.current?.focus();
  }, [finished]);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setStage({ kind: 'reading' });
    setRun(null);
    try {
      const next = parseCsv(decodeCsvBytes(new Uint8Array(await file.arrayBuffer())));
      if (next.records.length === 0) {
        setStage({ kind: 'choose', error: t('import.noRows') });
        return;
      }
      setMapping(detectMapping(next.headers));
      setStage({ kind: 'loaded', fileName: file.name, parsed: next });
    } catch (cause) {
      setStage({ kind: 'choose', error: t('import.unreadable', { message: String(cause) }) });
    }
  }

  function reset() {
    setStage({ kind: 'choose', error: null });
    setMapping([]);
    setRun(null);
    rejectedRef.current = [];
    window.requestAnimationFrame(() => fileInput.current?.focus());
  }

  async function importFrom(firstBatch: number, previous: Run | null) {
    const all = batches(rows);
    cancelRef.current = false;
    if (!previous) rejectedRef.current = [];
    let current: Run = previous
      ? { ...previous, state: 'running', failure: null }
      : {
          state: 'running',
          done: 0,
          total: rows.length,
          nextBatch: 0,
          created: 0,
          updated: 0,
          unchanged: 0,
          rejected: 0,
          failure: null,
        };
    setRun(current);
    for (let index = firstBatch; index < all.length; index += 1) {
      if (cancelRef.current) {
        setRun({ ...current, state: 'cancelled' });
        return;
      }
      const batch = all[index]!;
      const result = await contactsApi.import({ dryRun: false, rows: batch });
      if (!result.ok) {
        setRun({ ...current, state: 'failed', failure: { row: batch[0]!.row, message: result.message } });
        return;
      }
      rejectedRef.current.push(...result.data.rows.filter((row) => row.status === 'error'));
      current = {
        ...current,
        done: current.done + batch.length,
        nextBatch: index + 1,
        created: current.created + result.data.created,
        updated: current.updated + result.data.updated,
        unchanged: current.unchanged + result.data.unchanged,
        rejected: current.rejected + result.data.rejected,
      };
      setRun((shown) => ({ ...current, state: shown?.state === 'cancelling' ? 'cancelling' : 'running' }));
    }
    setRun({ ...current, state: 'done' });
  }

  function cancel() {
    cancelRef.current = true;
    setRun((shown) => (shown ? { ...shown, state: 'cancelling' } : shown));
  }

  function download() {
    if (!parsed) return;
    const csv = rejectedRowsCsv(parsed, rejectedRef.current, {
      row: t('import.rowColumn'),
      errors: t('import.errorsColumn'),
    });
    // The byte order mark makes spreadsheets read the file as UTF-8.
    const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = t('import.rejectedFile');
    link.click();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  const fieldLabel = (column: ContactColumn) => t(`fields.${column}`);
  const issueText = (issue: TApiIssue) => {
    const phone = /^phones\.(\d+)$/.exec(issue.path);
    const label = phone
      ? t('fields.phone', { n: Number(phone[1]) + 1 })
      : (CONTACT_COLUMNS as readonly string[]).includes(issue.path)
        ? fieldLabel(issue.path as ContactColumn)
        : issue.path;
    return `${label}: ${issue.message}`;
  };

  return (
    <div className="space-y-6">
      <section className={panelClass}>
        {stage.kind === 'loaded' ? (
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-slate-700">
              {t('import.fileSummary', { file: stage.fileName, rows: stage.parsed.records.length })}
            </p>
            {!run ? (
              <button type="button" className={buttonClass('secondary')} onClick={reset}>
                {t('import.otherFile')}
              </button>
            ) : null}
          </div>
        ) : (
          <div className="space-y-3">
            <label htmlFor="contacts-file" className="block text-sm font-medium text-slate-700">
              {t('import.fileLabel')}
            </label>
            <input
              ref={fileInput}
              id="contacts-file"
              type="file"
              accept=".csv,.txt,text/csv"
              onChange={onFile}
              disabled={stage.kind === 'reading'}
              aria-describedby="contacts-file-hint"
              className="block text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-teal-700 file:px-3 file:py-2 file:text-sm file:font-medium file:text-white hover:file:bg-teal-800"
            />
            <p id="contacts-file-hint" className="text-xs text-slate-500">
              {t('import.fileHint')}
            </p>
            {stage.kind === 'reading' ? (
              <p role="status" className="text-sm text-slate-600">
                {t('import.reading')}
              </p>
            ) : null}
            {stage.kind === 'choose' && stage.error ? <Notice tone="error">{stage.error}</Notice> : null}
          </div>
        )}
      </section>

      {parsed && !run ? (
        <>
          <ImportSection
            id="mapping-title"
            title={t('import.mappingTitle')}
            description={t('import.mappingDescription')}
          >
            <div className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {parsed.headers.map((header, index) => (
                <div key={index}>
                  <label htmlFor={`mapping-${index}`} className="block text-sm font-medium text-slate-700">
                    {header
                      ? t('import.mappingColumn', { header })
                      : t('import.unnamedColumn', { n: index + 1 })}
                  </label>
                  <select
                    id={`mapping-${index}`}
                    value={mapping[index] ?? ''}
                    onChange={(event) =>
                      setMapping((current) => {
                        const next = [...current];
                        next[index] = (event.target.value || null) as ContactColumn | null;
                        return next;
                      })
                    }
                    className={`${inputClass} mt-1`}
                  >
                    <option value="">{t('import.ignore')}</option>
                    {CONTACT_COLUMNS.map((column) => (
                      <option key={column} value={column}>
                        {fieldLabel(column)}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
            {missing.length ? (
              <div className="mt-4">
                <Notice tone="error">
                  {t('import.missing', {
                    fields: missing.map((column) => fieldLabel(column).toLowerCase()).join(', '),
                  })}
                </Notice>
              </div>
            ) : null}
          </ImportSection>

          <ImportSection
            id="preview-title"
            title={t('import.previewTitle')}
            description={t('import.previewDescription', { count: Math.min(PREVIEW_ROWS, rows.length) })}
          >
            <div className="mt-3" aria-live="polite">
              {preview.status === 'checking' ? (
                <p role="status" className="text-sm text-slate-600">
                  {t('import.checking')}
                </p>
              ) : preview.status === 'error' ? (
                <Notice tone="error">{t('import.checkFailed', { message: preview.message })}</Notice>
              ) : preview.status === 'ready' ? (
                <Notice tone={preview.result.rejected ? 'info' : 'success'}>
                  {t('import.firstBatch', {
                    rows: preview.result.rows.length,
                    created: preview.result.created,
                    updated: preview.result.updated,
                    unchanged: preview.result.unchanged,
                    rejected: preview.result.rejected,
                  })}
                </Notice>
              ) : null}
            </div>
            <PreviewTable
              rows={rows.slice(0, PREVIEW_ROWS)}
              results={preview.status === 'ready' ? preview.result.rows : []}
              issueText={issueText}
            />
            <div className="mt-4">
              <button
                type="button"
                className={buttonClass('primary')}
                disabled={missing.length > 0 || rows.length === 0}
                onClick={() => void importFrom(0, null)}
              >
                {t('import.start', { rows: rows.length })}
              </button>
            </div>
          </ImportSection>
        </>
      ) : null}

      {run ? (
        <ImportSection
          id="run-title"
          headingRef={summaryHeading}
          title={finished ? t('import.doneTitle') : t('import.progressLabel')}
        >
          <div className="mt-3">
            <div
              role="progressbar"
              aria-label={t('import.progressLabel')}
              aria-valuemin={0}
              aria-valuemax={run.total}
              aria-valuenow={run.done}
              aria-valuetext={t('import.progress', { done: run.done, total: run.total })}
              className="h-2.5 overflow-hidden rounded-full bg-slate-100"
            >
              <div
                className="h-full rounded-full bg-teal-600 transition-[width]"
                style={{ width: `${run.total ? (run.done / run.total) * 100 : 0}%` }}
              />
            </div>
            <p className="mt-1 text-sm text-slate-600" aria-live="polite">
              {t('import.progress', { done: run.done, total: run.total })}
            </p>
          </div>

          {run.state === 'running' || run.state === 'cancelling' ? (
            <div className="mt-3">
              <button
                type="button"
                className={buttonClass('secondary')}
                onClick={cancel}
                disabled={run.state === 'cancelling'}
              >
                {run.state === 'cancelling' ? t('import.cancelling') : t('import.cancel')}
              </button>
            </div>
          ) : null}

          {run.state === 'failed' && run.failure ? (
            <div className="mt-3 space-y-2">
              <Notice tone="error">{t('import.failed', run.failure)}</Notice>
              <div className="flex gap-2">
                <button
                  type="button"
                  className={buttonClass('primary')}
                  onClick={() => void importFrom(run.nextBatch, run)}
                >
                  {t('import.resume')}
                </button>
                <button type="button" className={buttonClass('secondary')} onClick={reset}>
                  {t('import.otherFile')}
                </button>
              </div>
            </div>
          ) : null}

          {run.state === 'cancelled' ? (
            <div className="mt-3">
              <Notice tone="info">{t('import.cancelled', { done: run.done, total: run.total })}</Notice>
            </div>
          ) : null}

          <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
            {(['created', 'updated', 'unchanged', 'rejected'] as const).map((count) => (
              <div key={count} className="rounded-md bg-slate-50 px-3 py-2 ring-1 ring-slate-200">
                <dt className="text-xs font-medium text-slate-500 uppercase">{t(`import.${count}`)}</dt>
                <dd className="text-xl font-semibold text-slate-900" data-count={count}>
                  {run[count]}
                </dd>
              </div>
            ))}
          </dl>

          {finished ? (
            <div className="mt-5 space-y-3">
              {rejectedRef.current.length ? (
                <>
                  <h3 className="text-sm font-semibold text-slate-900">{t('import.rejectedTitle')}</h3>
                  <RejectedTable
                    results={rejectedRef.current.slice(0, REJECTED_SHOWN)}
                    parsedRows={rows}
                    issueText={issueText}
                  />
                  {rejectedRef.current.length > REJECTED_SHOWN ? (
                    <p className="text-sm text-slate-600">
                      {t('import.rejectedMore', { count: rejectedRef.current.length - REJECTED_SHOWN })}
                    </p>
                  ) : null}
                  <button type="button" className={buttonClass('secondary')} onClick={download}>
                    {t('import.download')}
                  </button>
                </>
              ) : run.state === 'done' ? (
                <Notice tone="success">{t('import.noneRejected')}</Notice>
              ) : null}
              <div className="flex flex-wrap gap-2 pt-2">
                <Link href="/admin/contacts" className={buttonClass('primary')}>
                  {t('import.toList')}
                </Link>
                <button type="button" className={buttonClass('secondary')} onClick={reset}>
                  {t('import.again')}
                </button>
              </div>
            </div>
          ) : null}
        </ImportSection>
      ) : null}

      {stage.kind === 'choose' ? (
        <p className="text-sm">
          <Link href="/admin/contacts" className="text-teal-800 underline">
            {tc('actions.back')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

/** One step of the import, under its heading; `headingRef` lets the summary take the focus. */
function ImportSection({
  id,
  title,
  description,
  headingRef,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  headingRef?: RefObject<HTMLHeadingElement | null>;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={panelClass}>
      <h2
        id={id}
        ref={headingRef}
        tabIndex={headingRef ? -1 : undefined}
        className="text-base font-semibold text-slate-900 focus:outline-none"
      >
        {title}
      </h2>
      {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      {children}
    </section>
  );
}

/** A table of rows from the file: the column headings, then `children` (the body's rows). */
function RowsTable({
  className = '',
  columns,
  children,
}: {
  className?: string;
  columns: string[];
  children: ReactNode;
}) {
  return (
    <div className={`overflow-x-auto rounded-md ring-1 ring-slate-200 ${className}`.trim()}>
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-3 py-2">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

function IssueList({
  issues,
  className,
  issueText,
}: {
  issues: TApiIssue[];
  className: string;
  issueText: (issue: TApiIssue) => string;
}) {
  return (
    <ul className={className}>
      {issues.map((issue, index) => (
        <li key={index}>{issueText(issue)}</li>
      ))}
    </ul>
  );
}

function PreviewTable({
  rows,
  results,
  issueText,
}: {
  rows: TContactImportRow[];
  results: TContactImportRowResult[];
  issueText: (issue: TApiIssue) => string;
}) {
  const t = useTranslations('contacts');
  const byRow = new Map(results.map((result) => [result.row, result]));
  return (
    <RowsTable
      className="mt-3"
      columns={[
        t('import.row'),
        t('fields.name'),
        t('fields.company'),
        t('fields.email'),
        t('fields.phones'),
        t('import.result'),
      ]}
    >
      {rows.map((row) => {
        const result = byRow.get(row.row);
        return (
          <tr key={row.row} className={`align-top ${result?.status === 'error' ? 'bg-rose-50' : ''}`}>
            <td className="px-3 py-2 text-slate-500 tabular-nums">{row.row}</td>
            <td className="px-3 py-2 text-slate-900">{row.name}</td>
            <td className="px-3 py-2 text-slate-700">{row.company}</td>
            <td className="px-3 py-2 text-slate-700">{row.email}</td>
            <td className="px-3 py-2 font-mono text-xs text-slate-700">{row.phones?.join(', ')}</td>
            <td className="px-3 py-2">
              {result ? (
                <>
                  <span
                    className={`font-medium ${result.status === 'error' ? 'text-rose-700' : 'text-slate-700'}`}
                  >
                    {t(`import.status.${result.status}`)}
                  </span>
                  {result.issues.length ? (
                    <IssueList
                      issues={result.issues}
                      className="mt-1 space-y-0.5 text-xs text-rose-700"
                      issueText={issueText}
                    />
                  ) : null}
                </>
              ) : null}
            </td>
          </tr>
        );
      })}
    </RowsTable>
  );
}

function RejectedTable({
  results,
  parsedRows,
  issueText,
}: {
  results: TContactImportRowResult[];
  parsedRows: TContactImportRow[];
  issueText: (issue: TApiIssue) => string;
}) {
  const t = useTranslations('contacts');
  const names = useMemo(() => new Map(parsedRows.map((row) => [row.row, row.name])), [parsedRows]);
  return (
    <RowsTable columns={[t('import.row'), t('fields.name'), t('import.errorsColumn')]}>
      {results.map((result) => (
        <tr key={result.row} className="align-top">
          <td className="px-3 py-2 text-slate-500 tabular-nums">{result.row}</td>
          <td className="px-3 py-2 text-slate-900">{names.get(result.row) ?? ''}</td>
          <td className="px-3 py-2 text-xs text-rose-700">
            <IssueList issues={result.issues} className="space-y-0.5" issueText={issueText} />
          </td>
        </tr>
      ))}
    </RowsTable>
  );
}
