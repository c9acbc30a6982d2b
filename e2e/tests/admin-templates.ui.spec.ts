import { expect, test, type Page } from '@playwright/test';
import { xivoSampleRequest } from '@screenpop/contracts';
import { signIn } from './support/auth';
import { API_URL, WEB_URL } from './support/env';

/** A caller only this spec uses, so its rule answers none of the other specs' calls. */
const CALLER = '0975310864';

interface RuleList {
  items: { id: string }[];
}

/** A rule opening the template for XiVO calls from CALLER, examined first; through the rules API. */
async function pointRuleAt(page: Page, templateId: string, name: string): Promise<string> {
  const created = await page.request.post('/api/admin/rules', {
    data: {
      name,
      match: { sources: ['xivo'], caller: { op: 'exact', value: CALLER } },
      action: 'open',
      event: 'EventReleased',
      formTemplateId: templateId,
      autopause: true,
      autopauseReason: 'backoffice',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const list = (await (await page.request.get('/api/admin/rules')).json()) as RuleList;
  const ids = [id, ...list.items.map((rule) => rule.id).filter((other) => other !== id)];
  const reordered = await page.request.post('/api/admin/rules/reorder', { data: { ids } });
  expect(reordered.status(), await reordered.text()).toBe(200);
  return id;
}

/** XucMgt's third-party POST for a call from CALLER; the form URL it answers once the rule applies. */
async function placeCall(page: Page, templateId: string): Promise<string> {
  let url = '';
  // The intake may reuse the rules it read for a moment (RULES_CACHE_TTL_MS).
  await expect
    .poll(
      async () => {
        const response = await page.request.post(`${API_URL}/api/xivo/thirdparty`, {
          data: { ...xivoSampleRequest, caller: CALLER, callDataCallId: `${Date.now()}.templates` },
        });
        expect(response.status()).toBe(200);
        const answer = (await response.json()) as { url?: string };
        if (!answer.url) return null;
        const form = await (
          await page.request.get(`${API_URL}/api/forms/${answer.url.split('/').pop()}`)
        ).json();
        url = answer.url;
        return (form as { template: { id: string } | null }).template?.id ?? null;
      },
      { timeout: 10_000 },
    )
    .toBe(templateId);
  return url;
}

test.describe('Form templates', () => {
  test('an admin builds a template with a live preview; a call its rule answers opens a form with those fields', async ({
    page,
  }) => {
    const name = `Sales survey ${Date.now().toString(36)}`;
    await signIn(page);

    await page.goto('/admin/templates');
    await expect(page.getByRole('heading', { name: 'Form templates', level: 1 })).toBeVisible();
    // The demo's template is listed with the rules that open it (3 in the demo data, more if other specs add some).
    await expect(page.getByRole('row', { name: /Call report/ })).toContainText(/\d+ rules/);
    await page.getByRole('link', { name: 'New template' }).first().click();
    await expect(page.getByRole('heading', { name: 'New form template' })).toBeVisible();

    const preview = page.getByTestId('template-preview');
    await page.getByLabel('Name', { exact: true }).fill(name);
    await expect(preview).toContainText(name);

    // A text field: its key follows the label.
    await page.getByRole('button', { name: 'Add a field' }).click();
    const first = page.getByTestId('template-field-0');
    await expect(first.getByLabel('Label', { exact: true })).toBeFocused();
    await first.getByLabel('Label', { exact: true }).fill('Order number');
    await expect(first.getByLabel('Key', { exact: true })).toHaveValue('orderNumber');
    await first.getByLabel('Placeholder').fill('e.g. SO-1234');
    await expect(preview.getByLabel('Order number')).toHaveAttribute('placeholder', 'e.g. SO-1234');

    // A required list with two options.
    await page.getByRole('button', { name: 'Add a field' }).click();
    const second = page.getByTestId('template-field-1');
    await second.getByLabel('Label', { exact: true }).fill('Product');
    await second.getByLabel('Type', { exact: true }).selectOption('select');
    await second.getByLabel('Required').check();
    await second.getByRole('button', { name: 'Add an option' }).click();
    await second.getByLabel('Option 1 label').fill('Phone');
    await second.getByRole('button', { name: 'Add an option' }).click();
    await second.getByLabel('Option 2 label').fill('Fibre broadband');
    await expect(second.getByLabel('Option 2 value')).toHaveValue('fibre_broadband');
    const previewProduct = preview.getByLabel(/Product/);
    await expect(previewProduct).toHaveJSProperty('required', true);
    await expect(previewProduct.locator('option')).toHaveText(['Choose…', 'Phone', 'Fibre broadband']);

    // Reorder with the keyboard: the list goes first, focus stays on its arrows.
    await second.getByRole('button', { name: 'Move field “Product” up' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('template-field-0').getByLabel('Label', { exact: true })).toHaveValue(
      'Product',
    );
    await expect(page.getByRole('button', { name: 'Move field “Product” down' })).toBeFocused();
    await expect(preview.locator('label')).toHaveText([/Product/, /Order number/]);

    // Saving without a disposition is refused next to the dispositions.
    await page.getByRole('button', { name: 'Create template' }).click();
    await expect(
      page.getByText('Add at least one disposition: agents choose one to complete the form'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add a disposition' })).toBeFocused();

    await page.getByRole('button', { name: 'Add a disposition' }).click();
    await page.getByLabel('Disposition 1 label').fill('Sold');
    await page.getByRole('button', { name: 'Add a disposition' }).click();
    await page.getByLabel('Disposition 2 label').fill('Not interested');
    await expect(page.getByLabel('Disposition 2 code')).toHaveValue('not_interested');
    await expect(preview.getByRole('radio')).toHaveCount(2);
    await expect(preview.getByRole('group', { name: /Disposition/ })).toContainText('Not interested');

    // The name must be free in the tenant, whatever its case: the API says so next to the name.
    await page.getByLabel('Name', { exact: true }).fill('call report');
    await page.getByRole('button', { name: 'Create template' }).click();
    await expect(page.getByText('Another form template already has this name')).toBeVisible();
    await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
    await page.getByLabel('Name', { exact: true }).fill(name);

    await page.getByRole('button', { name: 'Create template' }).click();
    await expect(page).toHaveURL(/\/admin\/templates\/[0-9a-f-]{36}\?created=1$/);
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
    await expect(page.getByText('Template created.')).toBeVisible();
    const templateId = new URL(page.url()).pathname.split('/').pop()!;

    const saved = await page.request.get(`/api/admin/form-templates/${templateId}`);
    expect(saved.status()).toBe(200);
    expect(await saved.json()).toMatchObject({
      name,
      fields: [
        {
          name: 'product',
          label: 'Product',
          type: 'select',
          required: true,
          options: [
            { value: 'phone', label: 'Phone' },
            { value: 'fibre_broadband', label: 'Fibre broadband' },
          ],
        },
        {
          name: 'orderNumber',
          label: 'Order number',
          type: 'text',
          required: false,
          placeholder: 'e.g. SO-1234',
        },
      ],
      dispositions: [
        { code: 'sold', label: 'Sold' },
        { code: 'not_interested', label: 'Not interested' },
      ],
      rules: [],
    });

    // A rule opens it; the agent's form of the next call has the new fields and dispositions.
    const ruleId = await pointRuleAt(page, templateId, `${name} rule`);
    const formUrl = await placeCall(page, templateId);
    expect(formUrl.startsWith(`${WEB_URL}/thirdparty/open/`)).toBe(true);

    const agent = await page.context().newPage();
    await agent.goto(formUrl);
    await expect(agent.locator('#report-heading')).toHaveText(name);
    await expect(agent.getByTestId('form-field-product').locator('option')).toHaveText([
      'Choose…',
      'Phone',
      'Fibre broadband',
    ]);
    await expect(agent.getByLabel('Order number')).toHaveAttribute('placeholder', 'e.g. SO-1234');
    await expect(agent.getByTestId('form-disposition-sold')).toBeVisible();
    await expect(agent.getByTestId('form-disposition-not_interested')).toBeVisible();
    await agent.close();

    // While the rule opens it, the template cannot be deleted: the dialog names the rule.
    await page.reload();
    await expect(page.getByTestId('template-rules')).toContainText(`${name} rule`);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByTestId('delete-template-dialog');
    await expect(dialog).toContainText('is still in use');
    await expect(dialog).toContainText(`${name} rule`);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();

    expect((await page.request.delete(`/api/admin/rules/${ruleId}`)).status()).toBe(204);
    await page.reload();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog).toContainText('keep their data');
    await dialog.getByRole('button', { name: 'Delete template' }).click();
    await expect(page).toHaveURL(/\/admin\/templates\?deleted=/);
    await expect(page.getByText(`Form template “${name}” deleted.`)).toBeVisible();
    expect((await page.request.get(`/api/admin/form-templates/${templateId}`)).status()).toBe(404);
  });
});
