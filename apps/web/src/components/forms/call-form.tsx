'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TFormCompleteRequest, TFormView } from '@screenpop/contracts';
import { api } from '@/lib/api-client';
import { buttonClass } from '@/components/ui/button';
import { DispositionGroup } from './disposition-group';
import { FormFieldsGrid } from './form-fields-grid';
import { useCallFormat } from './format';
import {
  DISPOSITION_GROUP_ID,
  fieldId,
  firstInvalid,
  initialValues,
  issueCount,
  localiseIssues,
  mapIssues,
  toFormData,
  type FieldValues,
  type InvalidTarget,
  type MappedIssues,
} from './form-values';

const AUTOSAVE_DELAY_MS = 2000;

type DraftStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; status: number | null; message: string };

type FocusRequest = { target: InvalidTarget | 'summary'; sequence: number };

const EMPTY: readonly string[] = [];

/** The editable call report: fields, disposition, draft saving and completion. */
export function CallForm({ view, onCompleted }: { view: TFormView; onCompleted: (view: TFormView) => void }) {
  const t = useTranslations('callForm');
  const fields = useMemo(() => view.template?.fields ?? [], [view.template]);
  const dispositions = view.template?.dispositions ?? [];
  const fieldNames = useMemo(() => fields.map((field) => field.name), [fields]);

  const [values, setValues] = useState<FieldValues>(() => initialValues(fields, view.data));
  const [disposition, setDisposition] = useState<string | null>(view.disposition);
  const [issues, setIssues] = useState<MappedIssues | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [draft, setDraft] = useState<DraftStatus>({ kind: 'idle' });
  const [completing, setCompleting] = useState(false);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);

  // Edits are numbered so a save knows whether it covers the latest one.
  const revision = useRef(0);
  const savedRevision = useRef(0);
  const completingRef = useRef(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const saveDraft = useCallback(
    async (current: FieldValues, currentDisposition: string | null, upTo: number) => {
      setDraft({ kind: 'saving' });
      const result = await api.saveDraft(view.id, {
        data: toFormData(fields, current),
        disposition: currentDisposition,
      });
      if (completingRef.current) return;
      if (result.ok) {
        savedRevision.current = Math.max(savedRevision.current, upTo);
        setDraft({ kind: 'saved', at: new Date() });
      } else {
        setDraft({ kind: 'error', status: result.status, message: result.message });
      }
    },
    [view.id, fields],
  );

  useEffect(() => {
    const upTo = revision.current;
    if (upTo === savedRevision.current) return;
    const timer = setTimeout(() => {
      if (!completingRef.current && upTo > savedRevision.current) void saveDraft(values, disposition, upTo);
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [values, disposition, saveDraft]);

  useEffect(() => {
    if (!focusRequest) return;
    const { target } = focusRequest;
    const element =
      target === 'summary'
        ? summaryRef.current
        : target.kind === 'field'
          ? document.getElementById(fieldId(target.name))
          : (document.querySelector<HTMLInputElement>(`#${DISPOSITION_GROUP_ID} input:checked`) ??
            document.querySelector<HTMLInputElement>(`#${DISPOSITION_GROUP_ID} input`));
    element?.focus();
  }, [focusRequest]);

  function setField(name: string, value: string | boolean) {
    revision.current += 1;
    setValues((previous) => ({ ...previous, [name]: value }));
    if (issues?.fields[name]) {
      const { [name]: _fixed, ...rest } = issues.fields;
      setIssues({ ...issues, fields: rest });
    }
  }

  function chooseDisposition(code: string) {
    revision.current += 1;
    setDisposition(code);
    if (issues && issues.disposition.length > 0) setIssues({ ...issues, disposition: [] });
  }

  async function complete() {
    if (completingRef.current) return;
    completingRef.current = true;
    setCompleting(true);
    setFailure(null);

    const body: TFormCompleteRequest = {
      data: toFormData(fields, values),
      ...(disposition ? { disposition } : {}),
    };
    const result = await api.completeForm(view.id, body);
    if (result.ok) {
      onCompleted(result.data);
      return;
    }

    completingRef.current = false;
    setCompleting(false);
    const sequence = Date.now();
    const apiIssues = result.status === 400 ? (result.error?.issues ?? []) : [];
    if (apiIssues.length > 0) {
      const worded = localiseIssues(apiIssues, fields, body, {
        fieldRequired: (label) => t('issues.fieldRequired', { label }),
        dispositionRequired: () => t('issues.dispositionRequired'),
      });
      const mapped = mapIssues(worded, fieldNames);
      setIssues(mapped);
      setFailure(null);
      setFocusRequest({ target: firstInvalid(mapped, fieldNames) ?? 'summary', sequence });
      return;
    }
    setIssues(null);
    if (result.status === null) setFailure(t('errors.unreachable'));
    else if (result.status === 404) setFailure(t('errors.notFound'));
    else if (result.status === 409) setFailure(t('errors.alreadyCompleted'));
    else if (result.error === null) setFailure(t('errors.server', { status: result.status }));
    else setFailure(result.message);
    setFocusRequest({ target: 'summary', sequence });
  }

  // An agent pressing Enter in a field should not complete the report by accident.
  function preventImplicitSubmit(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
  }

  const total = issues ? issueCount(issues) : 0;
  const showSummary = failure !== null || total > 0;
  const labelOf = (name: string) => fields.find((field) => field.name === name)?.label ?? name;

  return (
    <form
      noValidate
      aria-labelledby="report-heading"
      onKeyDown={preventImplicitSubmit}
      onSubmit={(event) => {
        event.preventDefault();
        void complete();
      }}
      className="flex flex-col rounded-lg bg-white shadow-sm ring-1 ring-slate-200"
    >
      <div className="flex items-center justify-between gap-3 border-b border-slate-100 px-4 py-2.5">
        <h2 id="report-heading" className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
          {view.template?.name ?? t('form.untitled')}
        </h2>
        {fields.some((field) => field.required) || dispositions.length > 0 ? (
          <p className="text-xs text-slate-500">
            <span aria-hidden="true" className="text-rose-600">
              *
            </span>{' '}
            {t('form.required')}
          </p>
        ) : null}
      </div>

      <div className="@container space-y-5 p-4">
        {showSummary ? (
          <div
            ref={summaryRef}
            tabIndex={-1}
            role="alert"
            data-testid="form-error"
            className="rounded-md bg-rose-50 px-4 py-3 text-sm text-rose-900 ring-1 ring-rose-200 focus:outline-none"
          >
            <p className="font-semibold">{total > 0 ? t('form.attention', { count: total }) : failure}</p>
            {issues && total > 0 ? (
              <ul className="mt-1.5 list-disc space-y-0.5 pl-5">
                {fieldNames.flatMap((name) =>
                  (issues.fields[name] ?? []).map((message, index) => (
                    <li key={`${name}-${index}`}>
                      {t.rich('form.issue', {
                        label: labelOf(name),
                        message,
                        link: (chunks) => (
                          <a href={`#${fieldId(name)}`} className="font-medium underline underline-offset-2">
                            {chunks}
                          </a>
                        ),
                      })}
                    </li>
                  )),
                )}
                {issues.disposition.map((message, index) => (
                  <li key={`disposition-${index}`}>
                    {t.rich('form.issue', {
                      label: t('form.disposition'),
                      message,
                      link: (chunks) => (
                        <a
                          href={`#${DISPOSITION_GROUP_ID}`}
                          className="font-medium underline underline-offset-2"
                        >
                          {chunks}
                        </a>
                      ),
                    })}
                  </li>
                ))}
                {issues.general.map((message, index) => (
                  <li key={`general-${index}`}>{message}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}

        {fields.length === 0 ? (
          <p className="text-sm text-slate-500">{t('form.noFields')}</p>
        ) : (
          <FormFieldsGrid
            fields={fields}
            values={values}
            errorsOf={(name) => issues?.fields[name]}
            disabled={completing}
            onChange={setField}
          />
        )}

        {dispositions.length > 0 ? (
          <div className="border-t border-slate-100 pt-4">
            <DispositionGroup
              dispositions={dispositions}
              value={disposition}
              errors={issues?.disposition ?? EMPTY}
              disabled={completing}
              onChange={chooseDisposition}
            />
          </div>
        ) : null}
      </div>

      <div className="sticky bottom-0 flex flex-wrap items-center justify-between gap-3 rounded-b-lg border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur">
        <p
          role="status"
          aria-live="polite"
          data-testid="form-draft-status"
          className="text-sm text-slate-500"
        >
          <DraftStatusText status={draft} />
        </p>
        <div className="flex gap-2">
          <button
            type="button"
            data-testid="form-save"
            disabled={completing || draft.kind === 'saving'}
            onClick={() => void saveDraft(values, disposition, revision.current)}
            className={buttonClass('secondary')}
          >
            {t('form.saveDraft')}
          </button>
          <button
            type="submit"
            data-testid="form-complete"
            disabled={completing}
            className={buttonClass('primary', 'min-w-28')}
          >
            {completing ? t('form.completing') : t('form.complete')}
          </button>
        </div>
      </div>
    </form>
  );
}

function DraftStatusText({ status }: { status: DraftStatus }) {
  const t = useTranslations('callForm.draft');
  const format = useCallFormat();
  switch (status.kind) {
    case 'idle':
      return <>{t('idle')}</>;
    case 'saving':
      return <>{t('saving')}</>;
    case 'saved':
      return <>{t('saved', { time: format.clock(status.at) })}</>;
    case 'error':
      return (
        <span className="text-rose-700">
          {status.status === null
            ? t('unreachable')
            : status.status === 409
              ? t('alreadyCompleted')
              : t('failed', { message: status.message })}
        </span>
      );
  }
}
