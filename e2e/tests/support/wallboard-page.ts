import { expect, type Locator, type Page } from '@playwright/test';

/** The supervisors' wallboard (/wallboard). */
export class WallboardPage {
  readonly connection: Locator;
  readonly calls: Locator;
  readonly agents: Locator;
  readonly legend: Locator;

  constructor(readonly page: Page) {
    this.connection = page.getByTestId('wallboard-connection');
    this.calls = page.getByTestId('wallboard-calls');
    this.agents = page.getByTestId('wallboard-agents');
    this.legend = page.getByTestId('wallboard-legend');
  }

  /** Opens the page (signed in as a supervisor or admin) and waits for its first snapshot. */
  async goto() {
    await this.page.goto('/wallboard');
    await expect(this.connection).toHaveAttribute('data-status', 'connected');
    await expect(this.calls).toBeVisible();
  }

  /** A call, by the platform's own call id (XiVO callDataCallId, Shuttle uniqueid). */
  call(externalCallId: string): Locator {
    return this.page.locator(`[data-testid="wallboard-call"][data-external-id="${externalCallId}"]`);
  }

  agent(name: string): Locator {
    return this.page.locator(`[data-testid="wallboard-agent"][data-agent-name="${name}"]`);
  }

  queue(name: string): Locator {
    return this.page.locator(`[data-testid="wallboard-queue"][data-queue-name="${name}"]`);
  }

  /** A queue's figure (waiting, talking, answered, abandoned); 0 while the queue has no row yet. */
  async queueFigure(name: string, figure: 'waiting' | 'talking' | 'answered' | 'abandoned'): Promise<number> {
    const row = this.queue(name);
    if ((await row.count()) === 0) return 0;
    return Number(await row.getByTestId(`wallboard-queue-${figure}`).textContent());
  }
}
