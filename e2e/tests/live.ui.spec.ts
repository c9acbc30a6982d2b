import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';
import { ADMIN_EMAIL, ADMIN_PASSWORD, SHUTTLE_TOKEN } from './support/env';
import { LivePage } from './support/live-page';
import { ShuttleSimulatorPage, agentCtiOf } from './support/shuttle-simulator-page';
import { SimulatorPage, formIdOf } from './support/simulator-page';

test.describe('Live calls for supervisors', () => {
  test('calls from XiVO and Shuttle appear and update without reload, with the RealtimeCTI feed', async ({
    page,
    context,
  }) => {
    await signIn(page);
    const live = new LivePage(page);
    await live.goto();
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

  test('without a session the page asks to sign in, then comes back connected', async ({ page }) => {
    await page.goto('/live');
    await expect(page).toHaveURL(/\/login\?next=%2Flive$/);
    await page.getByLabel('E-mail address').fill(ADMIN_EMAIL);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'The e-mail address or the password is not right.' }),
    ).toBeVisible();

    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByLabel('Password').press('Enter');
    await expect(page).toHaveURL(/\/live$/);
    await expect(new LivePage(page).status).toHaveText('Connected');
  });
});
