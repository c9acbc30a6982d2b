import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';
import { WEB_URL } from './support/env';

test.describe('Users and the audit log', () => {
  test('an admin creates a supervisor and links an agent to XiVO; roles are enforced; deactivation ends the session', async ({
    page,
    browser,
  }) => {
    const stamp = Date.now().toString(36);
    const supervisorEmail = `supervisor-${stamp}@e2e.example.com`;
    const supervisorPassword = 'a supervisor passphrase';
    const xivoLogin = `agent${stamp}`;

    await signIn(page);

    // Create a supervisor with a password through the form.
    await page.goto('/admin/users/new');
    await expect(page.getByRole('heading', { name: 'New user' })).toBeVisible();
    await page.getByLabel('E-mail address').fill(supervisorEmail);
    await page.getByLabel('Name', { exact: true }).fill('Sophie Supervisor');
    await page.getByLabel('Role').selectOption('supervisor');
    const password = page.getByLabel('Password (optional)');
    await password.fill('too short');
    await expect(page.getByText('9 of at least 12 characters typed.')).toBeVisible();
    await password.fill(supervisorPassword);
    await page.getByRole('button', { name: 'Create the user' }).click();
    await expect(page).toHaveURL(/\/admin\/users\/[0-9a-f-]{36}\?created=1$/);
    await expect(page.getByRole('heading', { name: /Sophie Supervisor/ })).toBeVisible();
    await expect(page.getByText(`User ${supervisorEmail} created`)).toBeVisible();
    const supervisorPage = page.url().split('?')[0]!;

    // The same address again is refused, beside the e-mail field.
    await page.goto('/admin/users/new');
    await page.getByLabel('E-mail address').fill(supervisorEmail);
    await page.getByLabel('Name', { exact: true }).fill('Someone Else');
    await page.getByRole('button', { name: 'Create the user' }).click();
    await expect(page.getByText('Another account already uses this e-mail address.')).toBeVisible();
    await expect(page.getByLabel('E-mail address')).toHaveAttribute('aria-invalid', 'true');

    // An agent (set up through the API, without a password) gets their XiVO login through the UI.
    const created = await page.request.post('/api/admin/users', {
      data: { email: `agent-${stamp}@e2e.example.com`, name: 'Adam Agent', role: 'agent' },
    });
    expect(created.status()).toBe(201);
    const agent = (await created.json()) as { id: string };
    await page.goto(`/admin/users/${agent.id}`);
    await expect(page.getByText('No password: the user signs in through their platform only.')).toBeVisible();
    const identities = page.getByRole('region', { name: 'Platform identities' });
    await expect(identities.getByText(/No platform id linked yet/)).toBeVisible();
    await identities.getByLabel('Platform', { exact: true }).selectOption('xivo');
    await expect(identities.getByText(/XiVO login, the one XiVO sends in the login URL/)).toBeVisible();
    await identities.getByLabel('Id on the platform').fill(xivoLogin);
    await identities.getByRole('button', { name: 'Link', exact: true }).click();
    await expect(identities.getByText(`XiVO id ${xivoLogin} linked.`)).toBeVisible();
    await expect(identities.getByRole('cell', { name: xivoLogin, exact: true })).toBeVisible();
    await expect(identities.getByRole('button', { name: `Unlink XiVO ${xivoLogin}` })).toBeVisible();
    await expect(identities.getByLabel('Id on the platform')).toBeFocused();

    // The list finds the agent by their XiVO login.
    await page.goto('/admin/users');
    await page.getByLabel('Search', { exact: true }).fill(xivoLogin);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`q=${xivoLogin}`));
    const rows = page.getByRole('table', { name: 'Users of this tenant' }).getByRole('row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText('Adam Agent');
    await expect(rows.nth(1)).toContainText('Platform only');

    // Both changes are in the audit log, newest first.
    await page.goto('/admin/audit');
    const log = page.getByRole('table', { name: 'Changes, newest first' });
    await expect(log.getByRole('row').nth(1)).toContainText(
      `XiVO id ${xivoLogin} linked to agent-${stamp}@e2e.example.com`,
    );
    await expect(log.getByRole('row').nth(1)).toContainText('Platform id linked');
    await expect(
      log.getByText(`User ${supervisorEmail} created as supervisor with a password`),
    ).toBeVisible();
    await page.getByLabel('Show').selectOption('user');
    await expect(page).toHaveURL(/entityType=user/);
    await expect(
      log.getByText(`User ${supervisorEmail} created as supervisor with a password`),
    ).toBeVisible();

    // The supervisor, in a browser of their own: no back office for them.
    const supervisorContext = await browser.newContext({ baseURL: WEB_URL });
    const supervisor = await supervisorContext.newPage();
    await signIn(supervisor, supervisorEmail, supervisorPassword);
    await supervisor.goto('/admin');
    await expect(
      supervisor.getByRole('heading', { name: 'You do not have access to this page' }),
    ).toBeVisible();
    expect((await supervisor.request.get('/api/admin/users')).status()).toBe(403);
    expect((await supervisor.request.get('/api/auth/me')).status()).toBe(200);

    // Nobody signed in: the sign-in page, and 401 from the API.
    const anonymousContext = await browser.newContext({ baseURL: WEB_URL });
    const anonymous = await anonymousContext.newPage();
    await anonymous.goto('/admin');
    await expect(anonymous).toHaveURL(/\/login\?next=%2Fadmin/);
    expect((await anonymous.request.get('/api/admin/users')).status()).toBe(401);
    await anonymousContext.close();

    // The admin deactivates the supervisor, confirming first: their session stops working at once.
    await page.goto(supervisorPage);
    const access = page.getByRole('region', { name: 'Access' });
    await access.getByRole('button', { name: 'Deactivate…' }).click();
    const confirm = access.getByRole('alertdialog');
    await expect(confirm).toContainText('Deactivate Sophie Supervisor?');
    await expect(confirm.getByRole('button', { name: 'Deactivate', exact: true })).toBeFocused();
    await confirm.getByRole('button', { name: 'Deactivate', exact: true }).click();
    await expect(
      access.getByText('Sophie Supervisor is deactivated and signed out everywhere.'),
    ).toBeVisible();
    await expect(access.getByRole('button', { name: 'Reactivate' })).toBeVisible();

    expect((await supervisor.request.get('/api/auth/me')).status()).toBe(401);
    await supervisor.goto('/live');
    await expect(supervisor).toHaveURL(/\/login/);
    const again = await supervisor.request.post('/api/auth/login', {
      data: { email: supervisorEmail, password: supervisorPassword },
    });
    expect(again.status()).toBe(401);
    await supervisorContext.close();
  });
});
