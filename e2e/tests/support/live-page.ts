import { expect, type Locator, type Page } from '@playwright/test';

/** The supervisors' live page (/live). */
export class LivePage {
  readonly token: Locator;
  readonly status: Locator;
  readonly calls: Locator;
  readonly rows: Locator;
  readonly ctiFeed: Locator;

  constructor(readonly page: Page) {
    this.token = page.getByTestId('live-token');
    this.status = page.getByTestId('live-status');
    this.calls = page.getByTestId('live-calls');
    this.rows = page.getByTestId('live-call-row');
    this.ctiFeed = page.getByTestId('live-cti-feed');
  }

  /** Opens the page with the token in the link's fragment, which connects it at once. */
  async goto(token?: string) {
    await this.page.goto(`/live${token ? `#token=${encodeURIComponent(token)}` : ''}`);
    await expect(this.token).toBeVisible();
  }

  async connect(token: string) {
    await this.token.fill(token);
    await this.page.getByTestId('live-connect').click();
  }

  /** The row of a call, by the platform's own call id (XiVO callDataCallId, Shuttle uniqueid). */
  row(externalCallId: string): Locator {
    return this.page.locator(`[data-testid="live-call-row"][data-external-id="${externalCallId}"]`);
  }
}
