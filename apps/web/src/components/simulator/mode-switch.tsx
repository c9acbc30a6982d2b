import Link from 'next/link';

export type SimulatorMode = 'xivo' | 'shuttle';

const modes: { id: SimulatorMode; label: string; description: string }[] = [
  {
    id: 'xivo',
    label: 'XiVO XucMgt',
    description: 'Posts each call to THIRD_PARTY_URL and opens the answer at its event, as XucMgt does.',
  },
  {
    id: 'shuttle',
    label: 'xCALLY Shuttle',
    description:
      "Sends Shuttle's realtime events as a relay would, and obeys AgentCTI as the agent's Shuttle desktop.",
  },
];

export function parseSimulatorMode(value: unknown): SimulatorMode {
  return value === 'shuttle' ? 'shuttle' : 'xivo';
}

/** Which platform the simulator plays; plain links, so Tab and Enter switch it. */
export function ModeSwitch({ mode }: { mode: SimulatorMode }) {
  const current = modes.find((candidate) => candidate.id === mode)!;
  return (
    <div className="border-b border-slate-200 bg-white/70">
      <div className="flex h-12 items-center gap-4 px-4">
        <nav aria-label="Platform" className="flex shrink-0 rounded-lg bg-slate-200/70 p-0.5">
          {modes.map((candidate) => {
            const active = candidate.id === mode;
            return (
              <Link
                key={candidate.id}
                href={`/simulator?mode=${candidate.id}`}
                aria-current={active ? 'page' : undefined}
                data-testid={`sim-mode-${candidate.id}`}
                className={`rounded-md px-3 py-1 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-teal-600 ${
                  active ? 'bg-white text-teal-900 shadow-sm' : 'text-slate-600 hover:text-slate-900'
                }`}
              >
                {candidate.label}
              </Link>
            );
          })}
        </nav>
        <p className="hidden truncate text-sm text-slate-500 md:block">{current.description}</p>
      </div>
    </div>
  );
}
