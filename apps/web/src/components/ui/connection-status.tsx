import type { ConnectionStatus } from '@/lib/socket-client';

const styles: Record<ConnectionStatus['kind'], { dot: string; text: string }> = {
  connected: { dot: 'bg-emerald-500', text: 'text-emerald-800' },
  connecting: { dot: 'bg-amber-400 animate-pulse', text: 'text-slate-600' },
  disconnected: { dot: 'bg-slate-300', text: 'text-slate-600' },
  error: { dot: 'bg-rose-500', text: 'text-rose-800' },
};

export function connectionStatusText(status: ConnectionStatus): string {
  switch (status.kind) {
    case 'connected':
      return 'Connected';
    case 'connecting':
      return 'Connecting…';
    case 'disconnected':
      return 'Disconnected';
    case 'error':
      return status.message;
  }
}

/** One line saying whether the socket is up, or what to do about it. */
export function ConnectionStatusLine({ status, testId }: { status: ConnectionStatus; testId: string }) {
  const style = styles[status.kind];
  return (
    <p
      role="status"
      className={`flex min-w-0 items-start gap-2 text-sm ${
        status.kind === 'error' ? 'rounded-md bg-rose-50 px-2.5 py-1.5 ring-1 ring-rose-200' : ''
      }`}
    >
      <span aria-hidden="true" className={`mt-1.5 size-2 shrink-0 rounded-full ${style.dot}`} />
      <span data-testid={testId} className={`font-medium ${style.text}`}>
        {connectionStatusText(status)}
      </span>
    </p>
  );
}
