import type { TWallboardSnapshot } from '@screenpop/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RealtimeService } from '../realtime/realtime.service.js';
import { WallboardPublisher } from './wallboard.publisher.js';
import type { WallboardService } from './wallboard.service.js';

function setup(watching = true) {
  let listener: ((tenantId: string) => void) | undefined;
  const realtime = {
    onTenantChange: (registered: (tenantId: string) => void) => (listener = registered),
    hasSupervisors: vi.fn(() => Promise.resolve(watching)),
    wallboardUpdated: vi.fn(),
  };
  const wallboard = { forTenant: vi.fn((tenantId: string) => Promise.resolve({ tenantId })) };
  const publisher = new WallboardPublisher(
    realtime as unknown as RealtimeService,
    wallboard as unknown as WallboardService,
  );
  publisher.onModuleInit();
  return { change: (tenantId: string) => listener!(tenantId), realtime, wallboard, publisher };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('WallboardPublisher', () => {
  it('sends one snapshot for a burst of changes, then at most one a second per tenant', async () => {
    const { change, realtime, wallboard } = setup();
    for (let i = 0; i < 50; i++) change('t1');
    change('t2');
    await vi.advanceTimersByTimeAsync(100);
    expect(wallboard.forTenant.mock.calls).toEqual([['t1'], ['t2']]);
    expect(realtime.wallboardUpdated).toHaveBeenCalledWith('t1', {
      tenantId: 't1',
    } as unknown as TWallboardSnapshot);

    change('t1');
    await vi.advanceTimersByTimeAsync(500);
    expect(wallboard.forTenant).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(500);
    expect(wallboard.forTenant).toHaveBeenCalledTimes(3);
    expect(realtime.wallboardUpdated).toHaveBeenCalledTimes(3);
  });

  it('reads nothing while no supervisor of the tenant is connected', async () => {
    const { change, realtime, wallboard } = setup(false);
    change('t1');
    await vi.advanceTimersByTimeAsync(2000);
    expect(realtime.hasSupervisors).toHaveBeenCalledWith('t1');
    expect(wallboard.forTenant).not.toHaveBeenCalled();
  });

  it('logs a failed read instead of throwing, and stops once the app closes', async () => {
    const { change, realtime, wallboard, publisher } = setup();
    wallboard.forTenant.mockRejectedValueOnce(new Error('database down'));
    const logged = vi.spyOn(publisher['logger'], 'error').mockImplementation(() => undefined);
    change('t1');
    await vi.advanceTimersByTimeAsync(100);
    expect(logged).toHaveBeenCalledOnce();
    expect(realtime.wallboardUpdated).not.toHaveBeenCalled();

    change('t1');
    publisher.onModuleDestroy();
    await vi.advanceTimersByTimeAsync(2000);
    expect(wallboard.forTenant).toHaveBeenCalledTimes(1);
  });
});
