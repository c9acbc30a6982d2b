'use client';

import { useEffect, useState } from 'react';
import type { THealthResponse } from '@screenpop/contracts';
import { fetchHealth } from '@/lib/api-client';

type HealthState = { kind: 'checking' } | { kind: 'down' } | { kind: 'up'; health: THealthResponse };

export function ApiHealthClient() {
  const [state, setState] = useState<HealthState>({ kind: 'checking' });

  useEffect(() => {
    const controller = new AbortController();
    fetchHealth(controller.signal)
      .then((health) => setState(health ? { kind: 'up', health } : { kind: 'down' }))
      .catch(() => undefined);
    return () => controller.abort();
  }, []);

  let dot = 'bg-slate-300';
  let headline = 'Checking the API…';
  let detail: string | null = null;
  if (state.kind === 'down') {
    dot = 'bg-rose-500';
    headline = 'API unreachable';
    detail = 'Forms and the web service are unavailable until the API is running.';
  } else if (state.kind === 'up') {
    const { health } = state;
    const healthy = health.status === 'ok';
    dot = healthy ? 'bg-emerald-500' : 'bg-amber-500';
    headline = healthy ? 'API healthy' : 'API degraded';
    const database = `${health.database.kind === 'pglite' ? 'embedded PGlite' : 'PostgreSQL'} ${
      health.database.ok
        ? `ok${health.database.latencyMs !== null ? ` (${health.database.latencyMs} ms)` : ''}`
        : 'failing'
    }`;
    detail = `Version ${health.version} · database ${database}`;
  }

  return (
    <div data-testid="api-health" role="status" className="flex items-start gap-3">
      <span aria-hidden="true" className={`mt-1.5 size-2.5 shrink-0 rounded-full ${dot}`} />
      <div>
        <p className="text-sm font-medium text-slate-900">{headline}</p>
        {detail ? <p className="mt-0.5 text-sm text-slate-500">{detail}</p> : null}
      </div>
    </div>
  );
}
