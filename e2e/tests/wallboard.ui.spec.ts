import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';
import { SHUTTLE_TOKEN } from './support/env';
import { ShuttleSimulatorPage } from './support/shuttle-simulator-page';
import { WallboardPage } from './support/wallboard-page';

// An agent of this test's own: other specs leave the sample agent on calls of theirs.
const AGENT_NUMBER = `77${Date.now().toString().slice(-6)}`;
const SHUTTLE_AGENT = `Wallboard Agent ${AGENT_NUMBER}`;

test.describe('The supervisors wallboard', () => {
  test('follows a Shuttle call from ringing to answered to hung up without reload', async ({
    page,
    context,
  }) => {
    await signIn(page);
    const wallboard = new WallboardPage(page);
    await wallboard.goto();
    const firstPaint = page.url();

    // Every figure explains itself.
    await wallboard.legend.getByText('Definitions').click();
    await expect(wallboard.legend.getByTestId('wallboard-definition')).toHaveCount(14);
    await expect(wallboard.legend.locator('[data-figure="serviceLevel"]')).toContainText(
      'answered within 20 seconds',
    );
    await wallboard.legend.getByText('Definitions').click();

    // An agent's Shuttle desktop in another tab.
    const agentTab = await context.newPage();
    const shuttle = new ShuttleSimulatorPage(agentTab);
    await shuttle.goto(SHUTTLE_TOKEN);
    await expect(shuttle.status).toHaveText('Connected');
    const sample = JSON.parse(await shuttle.payload.inputValue()) as Record<string, unknown>;
    await shuttle.payload.fill(
      JSON.stringify(
        { ...sample, agentnum: AGENT_NUMBER, agentname: SHUTTLE_AGENT, sipname: `sip${AGENT_NUMBER}` },
        null,
        2,
      ),
    );
    const uniqueid = await shuttle.uniqueid();
    await shuttle.send('ringing');

    const call = wallboard.call(uniqueid);
    await expect(call).toHaveAttribute('data-phase', 'ringing');
    await expect(call).toContainText('9981003');
    await expect(call).toContainText(SHUTTLE_AGENT);
    const queueName = (await call.getAttribute('data-queue-name')) ?? '';
    expect(queueName).not.toBe('');
    await expect(wallboard.queue(queueName).getByTestId('wallboard-queue-waiting')).not.toHaveText('0');
    const answeredBefore = await wallboard.queueFigure(queueName, 'answered');
    const waitingBefore = await wallboard.queueFigure(queueName, 'waiting');

    // The age ticks each second.
    const age = call.getByTestId('wallboard-call-age');
    const ageBefore = await age.textContent();
    await expect(age).not.toHaveText(ageBefore ?? '');

    await shuttle.send('up');
    await expect(call).toHaveAttribute('data-phase', 'talking');
    await expect(wallboard.agent(SHUTTLE_AGENT)).toHaveAttribute('data-state', 'onCall');
    await expect(wallboard.queue(queueName).getByTestId('wallboard-queue-answered')).toHaveText(
      String(answeredBefore + 1),
    );
    await expect(wallboard.queue(queueName).getByTestId('wallboard-queue-waiting')).toHaveText(
      String(waitingBefore - 1),
    );

    const talkingDuringCall = await wallboard.queueFigure(queueName, 'talking');
    await shuttle.send('hangup');
    // The call report is still open: wrap-up (or paused, when the rule pauses the agent).
    await expect(call).toHaveAttribute('data-phase', 'wrapUp');
    await expect(wallboard.agent(SHUTTLE_AGENT)).toHaveAttribute('data-state', /^(wrapUp|paused)$/);
    await expect(wallboard.queue(queueName).getByTestId('wallboard-queue-talking')).toHaveText(
      String(talkingDuringCall - 1),
    );
    expect(page.url()).toBe(firstPaint);
  });

  test('asks to sign in without a session', async ({ page }) => {
    await page.goto('/wallboard');
    await expect(page).toHaveURL(/\/login\?next=%2Fwallboard$/);
  });
});
