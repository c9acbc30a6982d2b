import { expect, test } from '@playwright/test';
import { shuttleSampleUp } from '@screenpop/contracts';
import { signIn } from './support/auth';
import { API_URL } from './support/env';

const ORIGIN = 'https://xuc-e2e.example.org:8443';

test.describe('administrator: integrations', () => {
  test('adds a XiVO origin and sets a Vodia secret that is never shown again', async ({ page }) => {
    const secret = `vodia-e2e-secret-${Date.now()}`;
    const answers: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/api/admin/integrations')) answers.push(response.text().catch(() => ''));
    });
    await signIn(page);
    await page.goto('/admin/integrations');

    const xivo = page.getByRole('region', { name: 'XiVO' });
    await expect(xivo.getByLabel('THIRD_PARTY_URL')).toHaveValue(/\/api\/xivo\/thirdparty\?tenant=default$/);
    await xivo.getByRole('button', { name: 'Add an origin' }).click();
    await expect(xivo.getByRole('textbox', { name: 'Origin 1' })).toBeFocused();
    await page.keyboard.type('https://xuc-e2e.example.org/xuc');
    await xivo.getByRole('button', { name: 'Save' }).click();
    await expect(xivo.getByText('"https://xuc-e2e.example.org/xuc" is not an origin')).toBeVisible();
    await expect(xivo.getByRole('textbox', { name: 'Origin 1' })).toHaveAttribute('aria-invalid', 'true');
    await xivo.getByRole('textbox', { name: 'Origin 1' }).fill(`${ORIGIN}/`);
    await xivo.getByRole('button', { name: 'Save' }).click();
    await expect(xivo.getByText('XiVO settings saved')).toBeVisible();
    await expect(xivo.getByRole('textbox', { name: 'Origin 1' })).toHaveValue(ORIGIN);

    const vodia = page.getByRole('region', { name: 'Vodia' });
    const password = vodia.getByLabel('API password');
    await expect(vodia.getByText('Not set').first()).toBeVisible();
    await password.fill(secret);
    await vodia.getByRole('button', { name: 'Save' }).click();
    await expect(vodia.getByText('Vodia settings saved.')).toBeVisible();
    await expect(password).toHaveValue('');

    await page.reload();
    await expect(
      page.getByRole('region', { name: 'XiVO' }).getByRole('textbox', { name: 'Origin 1' }),
    ).toHaveValue(ORIGIN);
    const reloaded = page.getByRole('region', { name: 'Vodia' });
    await expect(reloaded.getByLabel('API password')).toHaveValue('');
    await expect(reloaded.getByText(/^Set on /)).toBeVisible();
    await expect(reloaded.getByText('Not set')).toHaveCount(1);
    expect(await page.content()).not.toContain(secret);

    const api = await page.request.get('/api/admin/integrations');
    expect(api.status()).toBe(200);
    const body = await api.text();
    expect(body).not.toContain(secret);
    expect(JSON.parse(body).vodia.secrets.apiPassword.set).toBe(true);
    for (const answer of await Promise.all(answers)) expect(answer).not.toContain(secret);
  });

  test('creates a Shuttle relay token shown once, and revokes it', async ({ page }) => {
    await signIn(page);
    await page.goto('/admin/integrations');
    const relayPost = (token: string) =>
      page.request.post(`${API_URL}/api/shuttle/events`, {
        headers: { authorization: `Bearer ${token}` },
        data: { ...shuttleSampleUp, uniqueid: `1900000000.${Date.now()}` },
      });

    const shuttle = page.getByRole('region', { name: 'xCALLY Shuttle' });
    await shuttle.getByRole('button', { name: 'Create a token' }).click();
    const dialog = page.getByRole('dialog', { name: 'New relay token' });
    await expect(dialog.getByLabel('Name')).toBeFocused();
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog.getByText('Give the token a name.')).toBeVisible();
    await dialog.getByLabel('Name').fill('E2E relay');
    await dialog.getByRole('button', { name: 'Create' }).click();

    const created = page.getByRole('dialog', { name: 'Token created' });
    await expect(created.getByText('It will not be shown again')).toBeVisible();
    await expect(created.getByRole('button', { name: 'Copy' })).toBeVisible();
    const token = await created.getByLabel('Token for E2E relay').inputValue();
    expect(token).toMatch(/^spk_[\w-]{43}$/);
    expect((await relayPost(token)).status()).toBe(200);

    await created.getByRole('button', { name: 'I have copied it' }).click();
    await expect(created).toBeHidden();
    expect(await page.content()).not.toContain(token);
    const row = shuttle.getByRole('row', { name: /E2E relay/ });
    await expect(row).toContainText(`${token.slice(0, 10)}…`);
    await expect(row).toContainText('Active');

    await page.reload();
    expect(await page.content()).not.toContain(token);
    const listed = page
      .getByRole('region', { name: 'xCALLY Shuttle' })
      .getByRole('row', { name: /E2E relay/ });
    await listed.getByRole('button', { name: 'Revoke E2E relay' }).click();
    const confirm = listed.getByRole('alertdialog');
    await expect(confirm).toContainText('disconnected at once');
    await confirm.getByRole('button', { name: 'Revoke' }).click();
    await expect(page.getByText('Token "E2E relay" revoked.')).toBeVisible();
    await expect(listed).toContainText('Revoked');
    expect((await relayPost(token)).status()).toBe(401);
  });
});
