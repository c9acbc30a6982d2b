import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  shuttleSampleAbandon,
  shuttleSampleHangup,
  shuttleSampleOutbound,
  shuttleSampleRinging,
  shuttleSampleUp,
  type TReportOptions,
} from '@screenpop/contracts';
import { signIn } from './support/auth';
import { API_URL, SHUTTLE_TOKEN } from './support/env';
import { ReportsPage } from './support/reports-page';

// Agents, a queue and callers of this test's own: other specs leave calls of theirs in today's reports.
const SUFFIX = Date.now().toString().slice(-6);
const AGENT_NUMBER = `88${SUFFIX}`;
const OTHER_AGENT_NUMBER = `89${SUFFIX}`;
const QUEUE = `Reports queue ${SUFFIX}`;
const CALLER = `0155${SUFFIX}`;
const ANSWERED = `1900${SUFFIX}.1`;
const ABANDONED = `1900${SUFFIX}.2`;
const OUTBOUND = `1900${SUFFIX}.3`;
const OTHER_ANSWERED = `1900${SUFFIX}.4`;

const agentOf = (number: string) => ({
  agentnum: number,
  agentname: `Reports Agent ${number}`,
  peer: `SIP/reports${number}`,
  sipname: `reports${number}`,
});

/** Posts Shuttle events as the relay does, one at a time, in order. */
async function relay(request: APIRequestContext, events: Record<string, unknown>[]) {
  for (const event of events) {
    const response = await request.post(`${API_URL}/api/shuttle/events`, {
      headers: { authorization: `Bearer ${SHUTTLE_TOKEN}` },
      data: event,
    });
    expect(response.status(), await response.text()).toBe(200);
  }
}

/** An inbound call of QUEUE that the agent answers, talks for `talk` seconds and hangs up. */
function answeredCall(uniqueid: string, agent: ReturnType<typeof agentOf>, caller: string, talk: number) {
  const call = { ...agent, uniqueid, queue: QUEUE, callernum: caller, callername: 'Reports caller' };
  return [
    { ...shuttleSampleRinging, ...call },
    { ...shuttleSampleUp, ...call, holdtime: '4', ringtime: '4' },
    { ...shuttleSampleHangup, ...call, holdtime: '4', ringtime: '4', talktime: String(talk) },
  ];
}

test.describe('The supervisors history reports', () => {
  test('shows the figures of the calls, filters, sorts, opens a call and downloads the CSV', async ({
    page,
  }) => {
    await signIn(page);
    const agent = agentOf(AGENT_NUMBER);
    await relay(page.request, [
      ...answeredCall(ANSWERED, agent, CALLER, 65),
      { ...shuttleSampleRinging, ...agent, uniqueid: ABANDONED, queue: QUEUE, callernum: `0156${SUFFIX}` },
      {
        ...shuttleSampleAbandon,
        uniqueid: ABANDONED,
        queue: QUEUE,
        direction: 'inbound',
        callernum: `0156${SUFFIX}`,
        holdtime: '9',
      },
      { ...shuttleSampleOutbound, ...agent, uniqueid: OUTBOUND, extension: `0199${SUFFIX}` },
      ...answeredCall(OTHER_ANSWERED, agentOf(OTHER_AGENT_NUMBER), `0157${SUFFIX}`, 30),
    ]);
    const options = (await (await page.request.get('/api/reports/options')).json()) as TReportOptions;
    const agentId = options.agents.find((candidate) => candidate.externalId === AGENT_NUMBER)?.id;
    const queueId = options.queues.find((candidate) => candidate.name === QUEUE)?.id;
    expect(agentId).toBeTruthy();
    expect(queueId).toBeTruthy();

    const reports = new ReportsPage(page);
    await reports.goto();
    await expect(page.getByTestId('report-tenant')).toBeVisible();

    // The agent's calls: one answered, one abandoned while it rang them, one they placed.
    await reports.filter('Agent').selectOption(agentId!);
    await expect(page).toHaveURL(new RegExp(`[?&]agent=${agentId}`));
    await expect(reports.figureValue('calls')).toHaveText('3');
    await expect(reports.figureValue('offered')).toHaveText('2');
    await expect(reports.figureValue('answered')).toHaveText('1');
    await expect(reports.figureValue('abandoned')).toHaveText('1');
    await expect(reports.figureValue('outbound')).toHaveText('1');
    await expect(reports.figureValue('abandonRate')).toHaveText('50%');
    await expect(reports.figureValue('avgTalkSeconds')).toHaveText('1:05');
    await expect(reports.calls.getByTestId('report-call-row')).toHaveCount(3);

    // Every figure says how it is counted, on demand and with the keyboard.
    const answered = reports.figure('answered');
    const toggle = answered.getByRole('button', { name: 'How “Answered” is counted' });
    await expect(answered.getByTestId('report-definition')).toBeHidden();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(answered.getByTestId('report-definition')).toContainText(
      'Offered calls that reached an agent',
    );
    await reports.legend.getByText('Definitions').click();
    await expect(reports.legend.getByTestId('report-legend-definition')).toHaveCount(19);
    await reports.legend.getByText('Definitions').click();

    // Filters change the figures.
    await reports.filter('Direction').selectOption('outbound');
    await expect(reports.figureValue('calls')).toHaveText('1');
    await expect(reports.figureValue('offered')).toHaveText('0');
    await expect(reports.figureValue('abandonRate')).toHaveText('—');
    await reports.filter('Direction').selectOption('');
    await reports.filter('Platform').selectOption('xivo');
    await expect(reports.summary.getByText('No calls in this period')).toBeVisible();
    await expect(reports.calls.getByText('No calls in this period')).toBeVisible();
    await reports.filter('Platform').selectOption('shuttle');
    await expect(reports.figureValue('calls')).toHaveText('3');

    // The agents of the queue, sorted by the server when a header is clicked.
    await reports.filter('Agent').selectOption('');
    await reports.filter('Queue').selectOption(queueId!);
    await expect(reports.agents.getByTestId('report-agent-row')).toHaveCount(2);
    await expect(reports.agentHeader('answered')).toHaveAttribute('aria-sort', 'descending');
    await reports.agents.getByTestId('report-sort-missed').click();
    await expect(reports.agentHeader('missed')).toHaveAttribute('aria-sort', 'descending');
    await expect(reports.agentHeader('answered')).toHaveAttribute('aria-sort', 'none');
    await expect(page).toHaveURL(/[?&]agentSort=missed/);
    await expect.poll(() => reports.agentColumn('missed')).toEqual([1, 0]);
    await reports.agents.getByTestId('report-sort-missed').click();
    await expect(reports.agentHeader('missed')).toHaveAttribute('aria-sort', 'ascending');
    await expect.poll(() => reports.agentColumn('missed')).toEqual([0, 1]);
    await expect(reports.agents.getByTestId('report-agent-row').last()).toHaveAttribute(
      'data-agent-id',
      agentId!,
    );

    // A call's page: its details and its timeline, each event as the platform sent it.
    await reports.call(ANSWERED).getByTestId('report-call-link').click();
    await expect(page).toHaveURL(/\/reports\/calls\/[\w-]+$/);
    await expect(page.getByRole('heading', { name: `Call from ${CALLER}` })).toBeVisible();
    await expect(page.getByTestId('report-call-agent')).toHaveText(agent.agentname);
    const entries = page.getByTestId('report-timeline-entry').and(page.locator('[data-kind="event"]'));
    await expect(entries).toHaveCount(3);
    expect(await entries.evaluateAll((items) => items.map((item) => item.getAttribute('data-type')))).toEqual(
      ['ringing', 'up', 'hangup'],
    );
    const hangup = entries.last();
    await hangup.getByText('Event as the platform sent it').click();
    await expect(hangup.locator('pre')).toContainText(`"uniqueid": "${ANSWERED}"`);
    await expect(hangup.locator('pre')).toContainText('"talktime": "65"');

    // Back to the list, with the filters from the address; the calls as CSV.
    await page.goBack();
    await expect(reports.filter('Queue')).toHaveValue(queueId!);
    await expect(reports.call(ANSWERED)).toBeVisible();
    const exportLink = reports.calls.getByTestId('report-calls-export');
    await expect(exportLink).toHaveAttribute(
      'href',
      new RegExp(`^/api/reports/export/calls\\?.*queue=${queueId}`),
    );
    const [download] = await Promise.all([page.waitForEvent('download'), exportLink.click()]);
    expect(download.suggestedFilename()).toMatch(
      /^screenpop-calls-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const lines = (await readFile(await download.path(), 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(
      'id,ringingAt,source,externalCallId,direction,outcome,caller,callerName,callee,queueName,agentName,waitSeconds,talkSeconds,wrapUpSeconds,formStatus,disposition,dispositionLabel',
    );
    const row = lines.find((line) => line.includes(`,${ANSWERED},`));
    expect(row).toContain(`,shuttle,${ANSWERED},inbound,answered,${CALLER},`);
    expect(row).toContain(agent.agentname);
    expect(lines).toHaveLength(1 + 3);
  });

  test('shows agents their own calls once their platform agent is linked', async ({ page }) => {
    const number = `87${SUFFIX}`;
    const email = `reports-agent-${SUFFIX}@e2e.example.com`;
    const password = 'reports-agent-password-0123';
    await signIn(page);
    const created = await page.request.post('/api/admin/users', {
      data: { email, name: `Reports agent ${number}`, role: 'agent', password },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const linked = await page.request.post(`/api/admin/users/${id}/identities`, {
      data: { platform: 'shuttle', externalId: number },
    });
    expect(linked.ok(), await linked.text()).toBe(true);
    await relay(page.request, answeredCall(`1900${SUFFIX}.5`, agentOf(number), `0158${SUFFIX}`, 42));

    await signIn(page, email, password);
    await page.goto('/my/calls');
    await expect(page.getByRole('heading', { name: 'My calls' })).toBeVisible();
    await expect(page.getByTestId('history-agents')).toContainText(
      `Reports Agent ${number} (${number}, Shuttle)`,
    );
    const row = page.locator(`[data-testid="report-call-row"][data-external-id="1900${SUFFIX}.5"]`);
    await expect(row).toContainText(`0158${SUFFIX}`);
    await expect(row).toContainText('0:42');
    // An agent sees their calls, not the supervisors' pages.
    await expect(row.getByRole('link')).toHaveCount(0);
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }),
    ).toHaveCount(0);
    await page.getByLabel('Period').selectOption('30');
    await expect(page).toHaveURL(/\/my\/calls\?days=30$/);
    await expect(row).toBeVisible();
    const forbidden = await page.goto('/reports');
    expect(forbidden?.status()).toBe(403);
  });

  test('says why my calls are empty when no platform agent is linked', async ({ page }) => {
    await signIn(page);
    await page.goto('/my/calls');
    await expect(page.getByRole('heading', { name: 'My calls' })).toBeVisible();
    await expect(page.getByText('No platform agent is linked to your account')).toBeVisible();
    await expect(page.getByText('An administrator must link your XiVO or Shuttle agent')).toBeVisible();
  });

  test('asks to sign in without a session', async ({ page }) => {
    await page.goto('/reports');
    await expect(page).toHaveURL(/\/login\?next=%2Freports$/);
  });
});
