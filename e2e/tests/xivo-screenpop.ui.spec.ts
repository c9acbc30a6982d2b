import { expect, test } from '@playwright/test';
import { fillCallReport, storedForm } from './support/call-report';
import { API_URL } from './support/env';
import { SimulatorPage, formIdOf } from './support/simulator-page';

test.describe('XiVO screen-pop loop through the agent-desktop simulator', () => {
  test('ring, answer, hang up, complete the call report in the pane, agent back to ready', async ({
    page,
  }) => {
    const sim = new SimulatorPage(page);
    await sim.goto();
    await sim.setCall();

    const answer = await sim.ring();
    expect(answer).toMatchObject({
      action: 'open',
      event: 'EventReleased',
      autopause: true,
      autopauseReason: 'backoffice',
    });
    await expect(sim.state).toHaveText('Ringing');
    await expect(sim.pane).toHaveCount(0);

    await sim.answerCall();
    await expect(sim.state).toHaveText('On call');
    await expect(sim.pane).toHaveCount(0);

    await sim.hangUp();
    await expect(sim.pane).toBeVisible();
    await expect(sim.state).toHaveText('Paused (backoffice)');

    const form = sim.paneForm();
    await expect(form.getByTestId('form-caller')).toContainText('1013');
    await expect(form.getByTestId('form-contact-name')).toHaveText('Marie Curie');
    await expect(form.getByTestId('form-queue')).toContainText('Edition');

    // Required fields are named when missing, and nothing closes.
    await form.getByTestId('form-complete').click();
    await expect(form.getByTestId('form-error')).toContainText(/reason/i);
    await expect(sim.state).toHaveText('Paused (backoffice)');

    await fillCallReport(form, 'Wants a <b>refund</b> & a callback');
    await form.getByTestId('form-complete').click();

    await expect(sim.pane).toHaveCount(0);
    await expect(sim.state).toHaveText('Ready');
    await expect(sim.log).toContainText('closeThirdParty');

    const stored = await storedForm(page, formIdOf(answer.url));
    expect(stored).toMatchObject({
      status: 'completed',
      disposition: 'callback',
      data: { reason: 'complaint', notes: 'Wants a <b>refund</b> & a callback', followUp: true },
    });
    expect(stored.completedAt).toBeTruthy();
    expect(stored.wrapUpSeconds).toBeGreaterThanOrEqual(0);
  });

  test('the web service is called cross-origin, straight from the agent browser', async ({ page }) => {
    const sim = new SimulatorPage(page);
    await sim.goto();
    const origin = new URL(page.url()).origin;
    expect(new URL(API_URL).origin).not.toBe(origin);

    await sim.url.fill(`${API_URL}/api/xivo/thirdparty`);
    await sim.setCall();
    const crossOrigin = page.waitForResponse(
      (res) => res.url().startsWith(API_URL) && res.request().method() === 'POST',
    );
    const answer = await sim.ring();
    const response = await crossOrigin;
    expect(response.headers()['access-control-allow-origin']).toMatch(new RegExp(`^(\\*|${origin})$`));
    expect(answer.action).toBe('open');
    expect(answer.url).toMatch(/\/thirdparty\/open\/[\w-]{16,}$/);

    await sim.answerCall();
    await sim.hangUp();
    const form = sim.paneForm();
    await fillCallReport(form, 'cross-origin call');
    await form.getByTestId('form-complete').click();
    await expect(sim.state).toHaveText('Ready');
    expect((await storedForm(page, formIdOf(answer.url))).status).toBe('completed');
  });

  test('a popup answer opens the form in its own window, which closes itself on completion', async ({
    page,
  }) => {
    const sim = new SimulatorPage(page);
    await sim.goto();
    await sim.setCall({
      queue: { id: 3, name: 'sales', displayName: 'Sales', number: '3002' },
      caller: '0612345678',
    });

    const answer = await sim.ring();
    expect(answer).toMatchObject({ action: 'popup', event: 'EventEstablished', multitab: true });

    const popupPromise = page.waitForEvent('popup');
    await sim.answerCall();
    const popup = await popupPromise;
    await expect(popup.getByTestId('form-caller')).toContainText('0612345678');
    await expect(popup.getByTestId('form-queue')).toContainText('Sales');

    await fillCallReport(popup, 'sold the premium plan');
    const closed = popup.waitForEvent('close');
    await popup.getByTestId('form-complete').click();
    await closed;

    await expect(sim.log).toContainText('closeThirdParty');
    await sim.hangUp();
    await expect(sim.state).toHaveText('Ready');
    expect((await storedForm(page, formIdOf(answer.url))).status).toBe('completed');
  });
});
