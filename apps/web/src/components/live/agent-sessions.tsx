import type { TAgentSession } from '@screenpop/contracts';

const when = (iso: string) =>
  new Date(iso).toLocaleString([], { hour: '2-digit', minute: '2-digit', day: '2-digit', month: 'short' });

const platformLabel: Record<TAgentSession['source'], string> = {
  xivo: 'XiVO',
  shuttle: 'Shuttle',
  vodia: 'Vodia',
};

export function AgentSessions({ sessions }: { sessions: readonly TAgentSession[] }) {
  if (sessions.length === 0) {
    return (
      <p data-testid="live-agent-sessions-empty" className="text-sm text-slate-500">
        No agent logins yet. XucMgt reports each one through THIRD_PARTY_LOGIN_URL.
      </p>
    );
  }
  return (
    <ul data-testid="live-agent-sessions" className="divide-y divide-slate-100">
      {sessions.map((session) => (
        <li
          key={session.id}
          data-testid="live-agent-session"
          className="flex items-baseline gap-3 py-2 first:pt-0 last:pb-0"
        >
          <div className="min-w-0 flex-1">
            <p className="truncate text-sm font-medium text-slate-900">
              {session.agentName ?? session.login}
              {session.agentName ? (
                <span className="ml-1.5 font-mono text-xs text-slate-500">{session.login}</span>
              ) : null}
            </p>
            <p className="truncate text-xs text-slate-500">
              {platformLabel[session.source]} · {session.host}
            </p>
          </div>
          <time dateTime={session.loggedInAt} className="shrink-0 text-xs text-slate-400">
            {when(session.loggedInAt)}
          </time>
        </li>
      ))}
    </ul>
  );
}
