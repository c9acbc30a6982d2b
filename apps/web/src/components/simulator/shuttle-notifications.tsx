import type { ShuttleNotice } from './shuttle-state';

const clock = (iso: string) =>
  new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** AgentCTINotification as the agent's desktop shows it: a short stack of cards above the pane. */
export function ShuttleNotifications({
  notifications,
  onDismiss,
}: {
  notifications: readonly ShuttleNotice[];
  onDismiss: (id: number) => void;
}) {
  return (
    <ol aria-label="Notifications" aria-live="polite" className="flex shrink-0 flex-col gap-2 empty:hidden">
      {notifications.map((notice, index) => (
        <li
          key={notice.id}
          data-testid="shuttle-notification"
          className={`flex items-start gap-3 rounded-lg bg-white px-4 py-3 shadow-sm ring-1 ${
            index === 0 ? 'ring-teal-300' : 'opacity-75 ring-slate-200'
          }`}
        >
          <span
            aria-hidden="true"
            className="mt-0.5 grid size-7 shrink-0 place-items-center rounded-full bg-teal-50 text-sm text-teal-800 ring-1 ring-teal-200"
          >
            ☎
          </span>
          <div className="min-w-0 flex-1">
            <p className="flex flex-wrap items-baseline gap-x-2">
              <span data-testid="shuttle-notification-title" className="text-sm font-semibold text-slate-900">
                {notice.title || 'Notification'}
              </span>
              <span className="rounded-full bg-slate-100 px-2 py-0.5 text-[11px] font-medium text-slate-600">
                {notice.type}
              </span>
              <time dateTime={notice.at} className="text-xs text-slate-400">
                {clock(notice.at)}
              </time>
            </p>
            {notice.body ? (
              <p data-testid="shuttle-notification-body" className="mt-0.5 text-sm text-slate-600">
                {notice.body}
              </p>
            ) : null}
          </div>
          <button
            type="button"
            onClick={() => onDismiss(notice.id)}
            aria-label={`Dismiss the notification ${notice.title}`}
            className="grid size-7 shrink-0 place-items-center rounded-md text-slate-400 hover:bg-slate-100 hover:text-slate-700 focus-visible:outline-2 focus-visible:outline-teal-600"
          >
            ✕
          </button>
        </li>
      ))}
    </ol>
  );
}
