import { agentStateLabel, type AgentState } from './simulator-state';

const styles: Record<AgentState['kind'], { badge: string; dot: string }> = {
  ready: { badge: 'bg-emerald-50 text-emerald-800 ring-emerald-200', dot: 'bg-emerald-500' },
  ringing: { badge: 'bg-amber-50 text-amber-900 ring-amber-300 animate-ring-pulse', dot: 'bg-amber-500' },
  'on-call': { badge: 'bg-sky-50 text-sky-800 ring-sky-200', dot: 'bg-sky-500' },
  'wrap-up': { badge: 'bg-violet-50 text-violet-800 ring-violet-200', dot: 'bg-violet-500' },
  paused: { badge: 'bg-orange-50 text-orange-800 ring-orange-200', dot: 'bg-orange-500' },
};

export function AgentStateBadge({ state }: { state: AgentState }) {
  const style = styles[state.kind];
  return (
    <span
      className={`inline-flex shrink-0 items-center gap-2 rounded-full px-3 py-1 text-sm font-semibold whitespace-nowrap ring-1 ${style.badge}`}
    >
      <span aria-hidden="true" className={`size-2 rounded-full ${style.dot}`} />
      <span data-testid="agent-state">{agentStateLabel(state)}</span>
    </span>
  );
}
