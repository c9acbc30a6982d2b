import { safeHref, type CtiLine } from './live-state';

const clock = (iso: string) =>
  new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** Shuttle's "Integration Realtime" panel: one line per RealtimeCTI, newest first. */
export function CtiFeed({ lines }: { lines: readonly CtiLine[] }) {
  if (lines.length === 0) {
    return (
      <p data-testid="live-cti-feed" className="text-sm text-slate-500">
        No RealtimeCTI yet. Shuttle calls that a rule handles appear here.
      </p>
    );
  }
  return (
    <ol data-testid="live-cti-feed" aria-live="polite" className="divide-y divide-slate-100">
      {lines.map(({ id, at, cti }) => {
        const href = safeHref(cti.url);
        return (
          <li key={id} data-testid="live-cti-item" className="py-2.5 first:pt-0 last:pb-0">
            <div className="flex items-baseline gap-2">
              <time dateTime={at} className="shrink-0 font-mono text-xs text-slate-400 tabular-nums">
                {clock(at)}
              </time>
              <span className="rounded-full bg-teal-50 px-2 py-0.5 text-xs font-medium text-teal-800 ring-1 ring-teal-200">
                {cti.type}
              </span>
              <span className="min-w-0 truncate font-mono text-xs text-slate-700" title={cti.reference}>
                {cti.reference}
              </span>
            </div>
            {cti.url ? (
              href ? (
                <a
                  href={href}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="mt-1 block truncate text-xs text-teal-800 hover:underline"
                  title={cti.url}
                >
                  {cti.url}
                </a>
              ) : (
                <p className="mt-1 truncate font-mono text-xs text-slate-500" title={cti.url}>
                  {cti.url}
                </p>
              )
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
