import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import type { TShuttleAck, TShuttleEventName } from '@screenpop/contracts';

/** The simulator in Shuttle mode (/simulator?mode=shuttle): the relay and the agent's Shuttle desktop. */
export class ShuttleSimulatorPage {
  readonly token: Locator;
  readonly peer: Locator;
  readonly status: Locator;
  readonly state: Locator;
  readonly payload: Locator;
  readonly ack: Locator;
  readonly pane: Locator;
  readonly notifications: Locator;
  readonly log: Locator;

  constructor(readonly page: Page) {
    this.token = page.getByTestId('shuttle-token');
    this.peer = page.getByTestId('shuttle-peer');
    this.status = page.getByTestId('shuttle-status');
    this.state = page.getByTestId('agent-state');
    this.payload = page.getByTestId('shuttle-payload');
    this.ack = page.getByTestId('shuttle-ack');
    this.pane = page.getByTestId('sim-pane');
    this.notifications = page.getByTestId('shuttle-notification');
    this.log = page.getByTestId('sim-log');
  }

  /** Opens the Shuttle desktop; a token in the link's fragment connects it at once. */
  async goto(token?: string) {
    await this.page.goto(
      `/simulator?mode=shuttle${token ? `#shuttleToken=${encodeURIComponent(token)}` : ''}`,
    );
    await expect(this.state).toHaveText('Ready');
  }

  async connect(token: string) {
    await this.token.fill(token);
    await this.page.getByTestId('shuttle-connect').click();
  }

  /** The uniqueid of the call in the payload editor. */
  async uniqueid(): Promise<string> {
    const payload = JSON.parse(await this.payload.inputValue()) as { uniqueid: string };
    return payload.uniqueid;
  }

  /** Sends one event and waits for its acknowledgement. */
  async send(event: TShuttleEventName): Promise<TShuttleAck> {
    await this.page.getByTestId(`shuttle-${event}`).click();
    const ack = this.page.locator(
      `[data-testid="shuttle-ack"][data-event="${event}"]:not([data-state="pending"])`,
    );
    await expect(ack).toBeVisible();
    return JSON.parse((await ack.textContent()) ?? '{}') as TShuttleAck;
  }

  paneForm(): FrameLocator {
    return this.page.frameLocator('[data-testid="sim-pane"]');
  }
}

/** The page an acknowledgement asks Shuttle to open for the agent (AgentCTI). */
export function agentCtiOf(ack: TShuttleAck) {
  if (!ack.ok) throw new Error(`Refused: ${ack.error}`);
  const command = ack.commands.find((candidate) => candidate.name === 'AgentCTI');
  if (command?.name !== 'AgentCTI') throw new Error(`No AgentCTI in ${JSON.stringify(ack)}`);
  return command.payload;
}
