import { expect, test } from '@playwright/test';
import { fillCallReport, storedForm } from './support/call-report';
import { SHUTTLE_TOKEN } from './support/env';
import { ShuttleSimulatorPage, agentCtiOf } from './support/shuttle-simulator-page';
import { formIdOf } from './support/simulator-page';

test.describe('Shuttle screen-pop loop through the simulator in Shuttle mode', () => {
  test('ringing, up opens the call report in the frame with a notification, complete closes it, hangup: ready', async ({
    page,
  }) => {
    const sim = new ShuttleSimulatorPage(page);
    await sim.goto();
    await expect(sim.status).toHaveText('Disconnected');
    await sim.connect(SHUTTLE_TOKEN);
    await expect(sim.status).toHaveText('Connected');

    const uniqueid = await sim.uniqueid();
    const ringing = await sim.send('ringing');
    expect(ringing).toMatchObject({ ok: true, duplicate: false, commands: [] });
    await expect(sim.state).toHaveText('Ringing');
    await expect(sim.pane).toHaveCount(0);
    // The editor now holds the same call's next event.
    expect(JSON.parse(await sim.payload.inputValue())).toMatchObject({ event: 'up', uniqueid });

    const up = await sim.send('up');
    expect(up).toMatchObject({ ok: true, duplicate: false });
    expect(up.ok && up.callId).toBe(ringing.ok && ringing.callId);
    const cti = agentCtiOf(up);
    expect(cti).toMatchObject({ mode: 'new_frame', peer: 'SIP/johnandrea.doebianco' });
    expect(cti.url).toMatch(/\/thirdparty\/open\/[\w-]{16,}$/);

    await expect(sim.state).toHaveText('On call');
    await expect(sim.pane).toBeVisible();
    await expect(sim.pane).toHaveAttribute('src', cti.url);
    await expect(sim.notifications).toHaveCount(1);
    await expect(sim.notifications.first()).toContainText('Call from 9981003');
    await expect(sim.notifications.first()).toContainText('CC-SIPPSupport');

    const form = sim.paneForm();
    await expect(form.getByTestId('form-caller')).toContainText('9981003');
    await fillCallReport(form, 'Shuttle caller wants a callback');
    await form.getByTestId('form-complete').click();
    await expect(sim.pane).toHaveCount(0);
    await expect(sim.log).toContainText('closeThirdParty received from the frame');
    await expect(sim.state).toHaveText('On call');

    const hangup = await sim.send('hangup');
    expect(hangup).toMatchObject({ ok: true, duplicate: false });
    await expect(sim.state).toHaveText('Ready');
    // The next call gets a uniqueid of its own.
    const next = JSON.parse(await sim.payload.inputValue()) as { event: string; uniqueid: string };
    expect(next.event).toBe('ringing');
    expect(next.uniqueid).not.toBe(uniqueid);

    expect(await storedForm(page, formIdOf(cti.url))).toMatchObject({
      status: 'completed',
      disposition: 'callback',
      data: { reason: 'complaint', notes: 'Shuttle caller wants a callback', followUp: true },
    });
  });

  test('an event sent twice is stored once', async ({ page }) => {
    const sim = new ShuttleSimulatorPage(page);
    await sim.goto(SHUTTLE_TOKEN);
    await expect(sim.status).toHaveText('Connected');
    const first = await sim.send('ringing');
    await page.getByTestId('shuttle-step-ringing').click();
    const again = await sim.send('ringing');
    expect(again).toMatchObject({ ok: true, duplicate: true });
    expect(again.ok && again.callId).toBe(first.ok && first.callId);
  });

  test('a wrong relay token is refused, and says so', async ({ page }) => {
    const sim = new ShuttleSimulatorPage(page);
    await sim.goto();
    await sim.connect('spk_not-the-token-of-any-relay-at-all');
    await expect(sim.status).toContainText('Unauthorized');
    await expect(sim.status).toContainText('Check the relay token');
    await expect(page.getByTestId('shuttle-ringing')).toBeDisabled();
  });

  test('the platform switch works from the keyboard', async ({ page }) => {
    await page.goto('/simulator');
    const shuttle = page.getByTestId('sim-mode-shuttle');
    await shuttle.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/simulator\?mode=shuttle$/);
    await expect(shuttle).toHaveAttribute('aria-current', 'page');
    await expect(page.getByTestId('shuttle-token')).toBeVisible();
  });
});
