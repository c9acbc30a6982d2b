import { type APIRequestContext, expect, type Locator, type Page, test } from '@playwright/test';
import type { TRuleAdminList } from '@screenpop/contracts';
import { signIn } from './support/auth';

const VIP = `VIP queue (e2e ${Date.now().toString(36)})`;
const SALES = 'Sales queue: popup on answer';

async function rulesOf(request: APIRequestContext): Promise<TRuleAdminList['items']> {
  const response = await request.get('/api/admin/rules');
  expect(response.status()).toBe(200);
  return ((await response.json()) as TRuleAdminList).items;
}

/** Leaves the demo rules as the other specs expect them: the seed's order, nothing added. */
async function restoreDemoRules(request: APIRequestContext, demoIds: string[]) {
  for (const rule of await rulesOf(request)) {
    if (!demoIds.includes(rule.id))
      expect((await request.delete(`/api/admin/rules/${rule.id}`)).status()).toBe(204);
  }
  expect((await request.post('/api/admin/rules/reorder', { data: { ids: demoIds } })).status()).toBe(200);
}

const rows = (page: Page) => page.getByTestId('rule-row');
const order = (page: Page) =>
  rows(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-rule-name')));
const handle = (page: Page, name: string) =>
  page.getByRole('button', { name: `Reorder ${name}`, exact: false });

async function waitSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: 'Saving the new order' })).toHaveCount(0);
}

async function dragOnto(page: Page, from: Locator, to: Locator) {
  const source = (await from.boundingBox())!;
  const target = (await to.boundingBox())!;
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2 - 10, { steps: 3 });
  await page.mouse.move(target.x + target.width / 2, target.y + 4, { steps: 15 });
  await page.mouse.up();
}

test.describe('Administrator: screen-pop rules', () => {
  let demoIds: string[] = [];

  test.beforeEach(async ({ page }) => {
    await signIn(page);
    if (!demoIds.length) demoIds = (await rulesOf(page.request)).map((rule) => rule.id);
  });

  test.afterEach(async ({ page }) => {
    await restoreDemoRules(page.request, demoIds);
  });

  test('create a rule for queue vip, move it up, and see the simulator pick it with the earlier rules explained', async ({
    page,
  }) => {
    await page.goto('/admin/rules');
    await expect(rows(page)).toHaveCount(3);

    await page.getByRole('link', { name: 'New rule' }).click();
    await expect(page.getByRole('heading', { name: 'New rule' })).toBeVisible();
    await page.getByLabel('Name', { exact: true }).fill(VIP);
    await page.getByLabel('Queues').fill('vip');
    await page.getByLabel('Action', { exact: true }).selectOption('popup');

    // Saving without a target names the field.
    await page.getByRole('button', { name: 'Create rule' }).click();
    await expect(page.locator('#rule-form-template-error')).toContainText('needs a target');

    await page.getByLabel('Form template').selectOption({ label: 'Call report' });
    await page.getByLabel('When it opens').selectOption('EventEstablished');
    await page.getByRole('button', { name: 'Create rule' }).click();

    await expect(page).toHaveURL(/\/admin\/rules\?created=/);
    await expect(page.getByText(`The rule “${VIP}” was created`)).toBeVisible();
    await expect
      .poll(() => order(page))
      .toEqual([SALES, 'Shuttle: call report on answer', 'Every XiVO call: call report after hang-up', VIP]);

    // Drag it to the top, with the mouse.
    await dragOnto(page, handle(page, VIP), rows(page).first());
    await expect(page.getByText(`“${VIP}” is now at position 1.`)).toBeVisible();
    await waitSaved(page);
    expect((await order(page))[0]).toBe(VIP);

    // The sales rule back above it, with its "move up" button.
    await page.getByRole('button', { name: `Move ${SALES} up` }).click();
    await expect(page.getByText(`“${SALES}” is now at position 1.`)).toBeVisible();
    await page.reload();
    await expect
      .poll(() => order(page))
      .toEqual([SALES, VIP, 'Shuttle: call report on answer', 'Every XiVO call: call report after hang-up']);

    // A call to the vip queue, through the simulator.
    const payload = page.getByLabel('Call data (JSON)');
    const sample = JSON.parse(await payload.inputValue()) as { queue: Record<string, unknown> };
    sample.queue = { ...sample.queue, name: 'vip', displayName: 'VIP', number: '3009' };
    await payload.fill(JSON.stringify(sample, null, 2));
    await page.getByRole('button', { name: 'Try', exact: true }).click();

    const result = page.getByTestId('simulation-result');
    await expect(result.getByTestId('simulation-match')).toHaveText(`Rule 2, “${VIP}”, matches.`);
    const trace = result.getByTestId('simulation-trace');
    await expect(trace).toContainText(`1. ${SALES}`);
    await expect(trace).toContainText('Queue vip (3009) is not one of sales, 3002');
    const answer = JSON.parse((await result.getByTestId('simulation-answer').textContent()) ?? '') as Record<
      string,
      unknown
    >;
    expect(answer).toMatchObject({ action: 'popup', event: 'EventEstablished' });
    expect(answer.url).toMatch(/\/thirdparty\/open\/\{new-form-id\}$/);
    await expect(result).toContainText('A real call would create a new form from the template “Call report”');

    // In the editor, the rule is tried as it stands, unsaved: for queue gold it no longer picks the call.
    await page.getByRole('link', { name: `Edit ${VIP}` }).click();
    await page.getByLabel('Queues').fill('gold');
    const editorPayload = page.getByLabel('Call data (JSON)');
    await editorPayload.fill(JSON.stringify(sample, null, 2));
    await page.getByRole('button', { name: 'Try with this rule' }).click();
    const draftResult = page.getByTestId('simulation-result');
    await expect(draftResult.getByTestId('simulation-match')).toHaveText(
      'Rule 4, “Every XiVO call: call report after hang-up”, matches.',
    );
    await expect(draftResult.getByTestId('simulation-trace')).toContainText(
      'Queue vip (3009) is not one of gold',
    );
    await expect(draftResult.getByTestId('simulation-trace')).toContainText('this rule, unsaved');
    expect((await rulesOf(page.request)).find((rule) => rule.name === VIP)?.match).toEqual({
      queues: ['vip'],
    });

    // Nothing of the simulation was recorded: no call for this queue.
    const calls = await page.request.get('/api/calls/live');
    if (calls.status() === 200) expect(JSON.stringify(await calls.json())).not.toContain('"vip"');
  });

  test('reorder with the keyboard alone', async ({ page }) => {
    await page.goto('/admin/rules');
    await expect(rows(page)).toHaveCount(3);
    const xivo = 'Every XiVO call: call report after hang-up';

    // dnd-kit's keyboard sensor: pick up with Space, move with the arrows, drop with Space.
    // Each key waits for dnd-kit's screen-reader announcement of the previous one: the sensor moves
    // from the layout it last measured.
    const announcement = page.locator('[id^="DndLiveRegion"]');
    await handle(page, xivo).focus();
    await page.keyboard.press('Space');
    // Picked up, then at once over its own place.
    await expect(announcement).toHaveText(`${xivo} is over position 3.`);
    await page.keyboard.press('ArrowUp');
    await expect(announcement).toHaveText(`${xivo} is over position 2.`);
    await page.keyboard.press('ArrowUp');
    await expect(announcement).toHaveText(`${xivo} is over position 1.`);
    await page.keyboard.press('Space');
    await expect(page.getByText(`“${xivo}” is now at position 1.`)).toBeVisible();
    await waitSaved(page);
    await expect.poll(() => order(page)).toEqual([xivo, SALES, 'Shuttle: call report on answer']);

    // The "move down" button, pressed from the keyboard; focus stays on the rule moved.
    await page.getByRole('button', { name: `Move ${xivo} down` }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText(`“${xivo}” is now at position 2.`)).toBeVisible();
    await expect(handle(page, xivo)).toBeFocused();

    await page.reload();
    await expect.poll(() => order(page)).toEqual([SALES, xivo, 'Shuttle: call report on answer']);
    expect((await rulesOf(page.request)).map((rule) => rule.name)).toEqual([
      SALES,
      xivo,
      'Shuttle: call report on answer',
    ]);
  });
});
