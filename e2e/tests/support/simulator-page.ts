import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { xivoSampleRequest } from '@screenpop/contracts';

/** The agent-desktop simulator (/simulator), driven as an agent would. */
export class SimulatorPage {
  readonly state: Locator;
  readonly url: Locator;
  readonly payload: Locator;
  readonly answer: Locator;
  readonly pane: Locator;
  readonly log: Locator;

  constructor(readonly page: Page) {
    this.state = page.getByTestId('agent-state');
    this.url = page.getByTestId('sim-url');
    this.payload = page.getByTestId('sim-payload');
    this.answer = page.getByTestId('sim-response');
    this.pane = page.getByTestId('sim-pane');
    this.log = page.getByTestId('sim-log');
  }

  async goto() {
    await this.page.goto('/simulator');
    await expect(this.state).toHaveText('Ready');
  }

  /** Puts a call in the payload editor: the seed's sample with a call id of our own. */
  async setCall(overrides: Record<string, unknown> = {}) {
    const callDataCallId = `${Date.now() / 1000}.${Math.floor(Math.random() * 1000)}`;
    const body = { ...structuredClone(xivoSampleRequest), callDataCallId, ...overrides };
    await this.payload.fill(JSON.stringify(body, null, 2));
    return callDataCallId;
  }

  async ring() {
    await this.page.getByTestId('sim-ring').click();
    await expect(this.answer).toContainText('"action"');
    return JSON.parse((await this.answer.textContent()) ?? '{}') as {
      action: string;
      url?: string;
      event?: string;
    };
  }

  async answerCall() {
    await this.page.getByTestId('sim-answer').click();
  }

  async hangUp() {
    await this.page.getByTestId('sim-hangup').click();
  }

  paneForm(): FrameLocator {
    return this.page.frameLocator('[data-testid="sim-pane"]');
  }
}

/** The form id is the last segment of the URL the web service answered. */
export function formIdOf(url: string | undefined): string {
  const id = url?.split('/thirdparty/open/')[1];
  if (!id) throw new Error(`Not a form URL: ${url}`);
  return id;
}
