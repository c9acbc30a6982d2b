import { expect, test } from '@playwright/test';
import { SHUTTLE_TOKEN, SUPERVISOR_TOKEN } from './support/env';
import { LivePage } from './support/live-page';
import { ShuttleSimulatorPage, agentCtiOf } from './support/shuttle-simulator-page';
import { SimulatorPage, formIdOf } from './support/simulator-page';

test.describe('Live calls for supervisors', () => {
  test('calls from XiVO and Shuttle appear and update without reload, with the RealtimeCTI feed', async ({
    page,
    context,
  }) => {
    const live = new LivePage(page);
    await live.goto();
    await live.connect(SUPERVISOR_TOKEN);
    await expect(live.status).toHaveText('Connected');
    const firstPaint = page.url();

    // An agent's desktop in another tab.
    const agentTab = await context.newPage();
    const xivo = new SimulatorPage(agentTab);
    await xivo.goto();
    const xivoCallId = await xivo.setCall();
    await xivo.ring();

    const xivoRow = live.row(xivoCallId);
    await expect(xivoRow).toHaveCount(1);
    await expect(xivoRow.getByTestId('live-call-caller')).toHaveText('1013');
    await expect(xivoRow.getByTestId('live-call-queue')).toContainText('Edition');
    await expect(xivoRow.getByTestId('live-call-state')).toHaveText('Ringing');
    const age = xivoRow.getByTestId('live-call-age');
    const before = await age.textContent();
    await expect(age).not.toHaveText(before ?? '');

    const shuttle = new ShuttleSimulatorPage(agentTab);
    await shuttle.goto(SHUTTLE_TOKEN);
    await expect(shuttle.status).toHaveText('Connected');
    const uniqueid = await shuttle.uniqueid();
    await shuttle.send('ringing');

    const shuttleRow = live.row(uniqueid);
    await expect(shuttleRow.getByTestId('live-call-state')).toHaveText('Ringing');
    await expect(shuttleRow.getByTestId('live-call-caller')).toHaveText('9981003');
    await expect(shuttleRow.getByTestId('live-call-agent')).toContainText('JohnAndrea DoeBianco');

    const up = await shuttle.send('up');
    await expect(shuttleRow.getByTestId('live-call-state')).toHaveText('On call');
    await expect(shuttleRow).toHaveCount(1);

    const cti = agentCtiOf(up);
    const line = live.ctiFeed.getByTestId('live-cti-item').first();
    await expect(line).toContainText(formIdOf(cti.url));
    await expect(line.getByRole('link')).toHaveAttribute('href', cti.url);

    await shuttle.send('hangup');
    await expect(shuttleRow.getByTestId('live-call-state')).toHaveText('Ended');
    expect(page.url()).toBe(firstPaint);
  });

  test('a token in the link connects at once and is not left in the address bar', async ({ page }) => {
    const live = new LivePage(page);
    await live.goto(SUPERVISOR_TOKEN);
    await expect(live.status).toHaveText('Connected');
    expect(new URL(page.url()).hash).toBe('');
  });

  test('a wrong supervisor token shows what is wrong and what to do', async ({ page }) => {
    const live = new LivePage(page);
    await live.goto();
    await live.connect('not-the-supervisor-token-at-all');
    await expect(live.status).toContainText('Unauthorized');
    await expect(live.status).toContainText('Check the supervisor token');
    await expect(live.rows).toHaveCount(0);
  });
});
