import { expect, type Locator, type Page } from '@playwright/test';

/** The supervisors' live page (/live). */
export class LivePage {
  readonly status: Locator;
  readonly calls: Locator;
  readonly rows: Locator;
  readonly ctiFeed: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByTestId('live-status');
    this.calls = page.getByTestId('live-calls');
    this.rows = page.getByTestId('live-call-row');
    this.ctiFeed = page.getByTestId('live-cti-feed');
  }

  /** Opens the page (signed in as a supervisor or admin): it connects at once. */
  async goto() {
    await this.page.goto('/live');
    await expect(this.status).toBeVisible();
  }

  /** The row of a call, by the platform's own call id (XiVO callDataCallId, Shuttle uniqueid). */
  row(externalCallId: string): Locator {
    return this.page.locator(`[data-testid="live-call-row"][data-external-id="${externalCallId}"]`);
  }
}
