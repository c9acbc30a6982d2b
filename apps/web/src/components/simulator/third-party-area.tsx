import type { ReactNode } from 'react';
import { buttonClass } from '@/components/ui/button';
import type { ThirdParty } from './simulator-state';

export function ThirdPartyArea({
  thirdParty,
  runCommand,
  onClose,
  onFocusPopup,
  idleHint,
}: {
  thirdParty: ThirdParty | null;
  runCommand: string | null;
  onClose: () => void;
  onFocusPopup: () => void;
  /** What makes a page appear here, on this platform. */
  idleHint: ReactNode;
}) {
  if (thirdParty?.kind === 'pane') {
    return (
      <section
        aria-label="Third-party pane"
        className="flex h-full min-h-[28rem] flex-col overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-slate-200"
      >
        <div className="flex items-center justify-between gap-3 border-b border-slate-200 bg-slate-50 px-3 py-2">
          <div className="min-w-0">
            <p data-testid="sim-pane-title" className="truncate text-sm font-semibold text-slate-800">
              {thirdParty.title ?? 'Third-party application'}
            </p>
            <p className="truncate font-mono text-xs text-slate-500">{thirdParty.url}</p>
          </div>
          <button
            type="button"
            onClick={onClose}
            aria-label="Close the pane"
            title="Close the pane"
            data-testid="sim-pane-close"
            className="grid size-8 shrink-0 place-items-center rounded-md text-lg text-slate-500 hover:bg-slate-200 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-teal-600"
          >
            ✕
          </button>
        </div>
        <iframe
          key={thirdParty.id}
          src={thirdParty.url}
          title={thirdParty.title ?? 'Third-party application'}
          data-testid="sim-pane"
          className="w-full flex-1 border-0 bg-slate-100"
        />
      </section>
    );
  }

  return (
    <div className="grid h-full min-h-[28rem] place-items-center rounded-lg border-2 border-dashed border-slate-300 bg-white/60 p-8">
      <div className="max-w-md text-center">
        {thirdParty?.kind === 'popup' ? (
          <>
            <p className="text-sm font-semibold text-slate-800">
              {thirdParty.multitab ? 'Opened in a new tab' : 'Opened in a popup window'}
            </p>
            <p className="mt-1 font-mono text-xs break-all text-slate-500">{thirdParty.url}</p>
            <p className="mt-3 text-sm text-slate-600">
              Completing the form there sends{' '}
              <code className="rounded bg-slate-100 px-1">closeThirdParty</code> back to this desktop.
            </p>
            <div className="mt-4 flex justify-center gap-2">
              <button type="button" className={buttonClass('secondary')} onClick={onFocusPopup}>
                {thirdParty.multitab ? 'Show the tab' : 'Show the popup'}
              </button>
              <button type="button" className={buttonClass('ghost')} onClick={onClose}>
                Forget it
              </button>
            </div>
          </>
        ) : runCommand ? (
          <>
            <p className="text-sm font-semibold text-slate-800">The answer asks to run a program</p>
            <p
              data-testid="sim-run"
              className="mt-2 rounded-md bg-slate-900 px-3 py-2 text-left font-mono text-xs break-all text-slate-100"
            >
              would run {runCommand}
            </p>
            <p className="mt-3 text-sm text-slate-600">
              Only XucMgt&apos;s desktop assistant can run programs; a browser cannot.
            </p>
          </>
        ) : (
          <>
            <p className="text-sm font-semibold text-slate-700">No third-party pane open</p>
            <p className="mt-1 text-sm text-slate-500">{idleHint}</p>
          </>
        )}
      </div>
    </div>
  );
}
