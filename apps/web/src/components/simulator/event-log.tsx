import { useCallback, useEffect, useRef, useState } from 'react';

export interface LogLine {
  id: number;
  at: Date;
  text: string;
  tone: 'info' | 'error';
}

const clock = (date: Date) =>
  [date.getHours(), date.getMinutes(), date.getSeconds()]
    .map((part) => String(part).padStart(2, '0'))
    .join(':');

/** The lines of a desk's event log, and how to add one or clear them. */
export function useEventLog() {
  const [lines, setLines] = useState<LogLine[]>([]);
  const sequence = useRef(1);
  const addLog = useCallback((text: string, tone: LogLine['tone'] = 'info') => {
    const line: LogLine = { id: sequence.current++, at: new Date(), text, tone };
    setLines((current) => [...current, line]);
  }, []);
  const clearLog = useCallback(() => setLines([]), []);
  return { log: lines, addLog, clearLog };
}

export function EventLog({ lines, onClear }: { lines: readonly LogLine[]; onClear: () => void }) {
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [lines.length]);
  return (
    <section aria-labelledby="log-heading" className="flex min-h-0 flex-col">
      <div className="flex items-center justify-between">
        <h2 id="log-heading" className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
          Event log
        </h2>
        {lines.length > 0 ? (
          <button type="button" onClick={onClear} className="text-xs text-slate-500 hover:text-slate-800">
            Clear
          </button>
        ) : null}
      </div>
      <ol
        ref={listRef}
        data-testid="sim-log"
        aria-live="polite"
        className="mt-2 h-32 overflow-y-auto rounded-md bg-slate-900 px-3 py-2 font-mono text-xs leading-relaxed text-slate-200"
      >
        {lines.length === 0 ? <li className="text-slate-500">No events yet.</li> : null}
        {lines.map((line) => (
          <li key={line.id} className={line.tone === 'error' ? 'text-rose-300' : undefined}>
            <time dateTime={line.at.toISOString()} className="text-slate-500">
              {clock(line.at)}
            </time>{' '}
            {line.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
