'use client';

import { SIMULATED_FORM_ID, type TRuleInputDraft, type TRuleSimulateResponse } from '@screenpop/contracts';
import { useTranslations } from 'next-intl';
import { useId, useRef, useState } from 'react';
import { Field, inputClass } from '@/components/admin/shared/field';
import { Notice } from '@/components/admin/shared/notice';
import { buttonClass } from '@/components/ui/button';
import { rulesApi } from '@/lib/admin/rules-api';
import { issuesByPath, parseSample, SAMPLE_KEYS, type SampleKey, samplePayload } from './rule-form';

export interface SimulatorDraft {
  rule: TRuleInputDraft;
  /** The saved rule the draft edits. */
  id?: string;
}

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/**
 * Try the rules on a sample call: which rule matches, why each earlier one does not, and the exact
 * answer. In the editor, the rule being edited is tried as it stands, unsaved.
 */
export function RuleSimulatorPanel({
  draft,
  onDraftIssues,
}: {
  draft?: () => SimulatorDraft;
  onDraftIssues?: (errors: Record<string, string>) => void;
}) {
  const t = useTranslations('rules.simulator');
  const id = useId();
  const [sampleKey, setSampleKey] = useState<SampleKey | 'custom'>('xivo');
  const [platform, setPlatform] = useState<'xivo' | 'shuttle'>('xivo');
  const [text, setText] = useState(() => pretty(samplePayload('xivo').payload));
  const [at, setAt] = useState('');
  const [running, setRunning] = useState(false);
  const [sampleError, setSampleError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<TRuleSimulateResponse | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  function pick(key: SampleKey | 'custom') {
    setSampleKey(key);
    if (key === 'custom') return;
    const sample = samplePayload(key);
    setPlatform(sample.platform);
    setText(pretty(sample.payload));
    setSampleError(null);
  }

  async function run() {
    setSampleError(null);
    setError(null);
    const parsed = parseSample(text, platform);
    if (!parsed.ok) {
      setSampleError(t(parsed.reason === 'json' ? 'notJson' : 'notObject'));
      return;
    }
    const when = at ? new Date(at) : null;
    setRunning(true);
    const current = draft?.();
    const response = await rulesApi.simulate({
      sample: parsed.sample,
      ...(current ? { draft: current } : {}),
      ...(when && !Number.isNaN(when.getTime()) ? { at: when.toISOString() } : {}),
    });
    setRunning(false);
    if (response.ok) {
      setResult(response.data);
      onDraftIssues?.({});
      resultRef.current?.focus();
      return;
    }
    setResult(null);
    const issues = response.error?.issues ?? [];
    const sampleIssues = issues.filter((issue) => issue.path.startsWith('sample.'));
    const draftIssues = issuesByPath(issues, 'draft.rule.');
    if (sampleIssues.length) {
      setSampleError(
        sampleIssues
          .map((issue) => `${issue.path.replace(/^sample\.payload\.?/, '') || '(root)'}: ${issue.message}`)
          .join('; '),
      );
    } else if (Object.keys(draftIssues).length && onDraftIssues) {
      onDraftIssues(draftIssues);
      setError(t('draftInvalid'));
    } else {
      setError(t('failed', { message: response.message }));
    }
  }

  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="space-y-4 rounded-lg bg-white p-4 ring-1 ring-slate-200"
    >
      <div>
        <h2 id={`${id}-heading`} className="text-lg font-semibold text-slate-900">
          {t('heading')}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{draft ? t('descriptionDraft') : t('description')}</p>
      </div>

      <div className="grid gap-4 md:grid-cols-3">
        <Field id={`${id}-sample`} label={t('sample')}>
          {({ id: controlId }) => (
            <select
              id={controlId}
              className={inputClass}
              value={sampleKey}
              onChange={(event) => pick(event.target.value as SampleKey | 'custom')}
            >
              {SAMPLE_KEYS.map((key) => (
                <option key={key} value={key}>
                  {t(`samples.${key}`)}
                </option>
              ))}
              <option value="custom">{t('samples.custom')}</option>
            </select>
          )}
        </Field>
        <Field id={`${id}-platform`} label={t('platform')}>
          {({ id: controlId }) => (
            <select
              id={controlId}
              className={inputClass}
              value={platform}
              onChange={(event) => setPlatform(event.target.value as 'xivo' | 'shuttle')}
            >
              <option value="xivo">{t('platforms.xivo')}</option>
              <option value="shuttle">{t('platforms.shuttle')}</option>
            </select>
          )}
        </Field>
        <Field id={`${id}-at`} label={t('at')} hint={t('atHint')}>
          {({ id: controlId, describedBy }) => (
            <input
              id={controlId}
              type="datetime-local"
              className={inputClass}
              value={at}
              aria-describedby={describedBy}
              onChange={(event) => setAt(event.target.value)}
            />
          )}
        </Field>
      </div>

      <Field id={`${id}-payload`} label={t('payload')} hint={t('payloadHint')} error={sampleError}>
        {({ id: controlId, describedBy, invalid }) => (
          <textarea
            id={controlId}
            className={`${inputClass} font-mono text-xs`}
            rows={12}
            spellCheck={false}
            value={text}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(event) => {
              setText(event.target.value);
              setSampleKey('custom');
            }}
          />
        )}
      </Field>

      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={buttonClass('primary')}
          onClick={() => void run()}
          disabled={running}
        >
          {running ? t('running') : draft ? t('runDraft') : t('run')}
        </button>
        {error ? <Notice tone="error">{error}</Notice> : null}
      </div>

      <div ref={resultRef} tabIndex={-1} aria-live="polite" className="outline-none">
        {result ? <SimulationResult result={result} /> : null}
      </div>
    </section>
  );
}

function SimulationResult({ result }: { result: TRuleSimulateResponse }) {
  const t = useTranslations('rules.simulator');
  const earlier = result.matched ? result.trace.slice(0, -1) : result.trace;
  // The form session's own line says what the placeholder stands for.
  const notes = result.notes.filter((note) => note.code !== 'formPlaceholder');
  return (
    <div className="space-y-4 border-t border-slate-200 pt-4" data-testid="simulation-result">
      <h3 className="text-base font-semibold text-slate-900">{t('result')}</h3>
      {result.matched ? (
        <p className="text-sm text-slate-900" data-testid="simulation-match">
          {t('matched', { position: result.matched.position, name: result.matched.ruleName })}
          {result.matched.draft ? (
            <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">
              {t('draftBadge')}
            </span>
          ) : null}
        </p>
      ) : (
        <p className="text-sm text-slate-900" data-testid="simulation-match">
          {t('noMatch')}
        </p>
      )}
      <p className="text-xs text-slate-500">
        {t('events', { events: result.events.join(', '), at: result.at })}
      </p>

      {earlier.length ? (
        <div>
          <h4 className="text-sm font-medium text-slate-700">{t('earlier')}</h4>
          <ol className="mt-1 space-y-1.5" data-testid="simulation-trace">
            {earlier.map((step) => (
              <li key={`${step.ruleId}-${step.position}`} className="text-sm">
                <span className="font-medium text-slate-800">
                  {t('step', { position: step.position, name: step.ruleName })}
                </span>
                {step.draft ? (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">
                    {t('draftBadge')}
                  </span>
                ) : null}
                <ul className="ml-5 list-disc text-slate-600">
                  {step.reasons.map((reason, index) => (
                    <li key={index}>{reason.message}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </div>
      ) : null}

      {notes.length ? (
        <ul className="space-y-1 text-sm text-slate-700">
          {notes.map((note, index) => (
            <li key={index}>
              {t(`notes.${note.code}`, { event: note.event ?? '', placeholder: SIMULATED_FORM_ID })}
            </li>
          ))}
        </ul>
      ) : null}

      {result.formSession ? (
        <p className="text-sm text-slate-700">
          {t('formSession', {
            template: result.formSession.templateName ?? result.formSession.templateId,
            placeholder: SIMULATED_FORM_ID,
          })}
        </p>
      ) : null}

      <div>
        <h4 className="text-sm font-medium text-slate-700">
          {result.answer.platform === 'xivo' ? t('answerXivo') : t('answerShuttle')}
        </h4>
        <pre
          className="mt-1 max-h-96 overflow-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100"
          data-testid="simulation-answer"
          tabIndex={0}
        >
          {pretty(result.answer.platform === 'xivo' ? result.answer.response : result.answer.commands)}
        </pre>
      </div>
    </div>
  );
}
