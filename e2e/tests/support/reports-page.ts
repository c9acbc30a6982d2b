import { expect, type Locator, type Page } from '@playwright/test';

/** The supervisors' history reports (/reports). */
export class ReportsPage {
  readonly filters: Locator;
  readonly summary: Locator;
  readonly agents: Locator;
  readonly queues: Locator;
  readonly calls: Locator;
  readonly legend: Locator;

  constructor(readonly page: Page) {
    this.filters = page.getByTestId('report-filters');
    this.summary = page.getByTestId('report-summary');
    this.agents = page.getByTestId('report-agents');
    this.queues = page.getByTestId('report-queues');
    this.calls = page.getByTestId('report-calls');
    this.legend = page.getByTestId('report-legend');
  }

  /** Opens the reports (signed in as a supervisor or admin) and waits for the period's figures. */
  async goto(query = '') {
    await this.page.goto(`/reports${query}`);
    await expect(this.page.getByTestId('report-period')).toBeVisible();
  }

  /** A figure card of the summary (calls, answered, abandonRate, ahtSeconds…). */
  figure(key: string): Locator {
    return this.summary.getByTestId(`report-figure-${key}`);
  }

  figureValue(key: string): Locator {
    return this.figure(key).getByTestId('report-figure-value');
  }

  /** A filter's control, by its label (Period, Platform, Direction, Queue, Agent, Disposition). */
  filter(label: string): Locator {
    return this.filters.getByLabel(label, { exact: true });
  }

  /** A call of the list, by the platform's own call id (Shuttle uniqueid). */
  call(externalCallId: string): Locator {
    return this.calls.locator(`[data-testid="report-call-row"][data-external-id="${externalCallId}"]`);
  }

  /** The agents table's column header (the cell that carries aria-sort). */
  agentHeader(column: string): Locator {
    return this.agents.locator('th', { has: this.page.getByTestId(`report-sort-${column}`) });
  }

  /** The figures of an agents table column, top to bottom. */
  async agentColumn(column: string): Promise<number[]> {
    const cells = await this.agents.getByTestId(`report-agent-${column}`).allTextContents();
    return cells.map((text) => Number(text.replace(/[^\d.]/g, '')));
  }
}
