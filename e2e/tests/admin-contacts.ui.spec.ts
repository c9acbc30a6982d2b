import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { xivoSampleRequest } from '@screenpop/contracts';
import { signIn } from './support/auth';
import { API_URL } from './support/env';

const csv = [
  'Name,Company,Email,Phone,Notes',
  'Hedy Lamarr,Frequency Hopping,hedy.lamarr@e2e.example,+33 4 72 00 00 01,Imported from a file',
  'Broken Row,Nowhere Ltd,not-an-email,call me,',
].join('\n');

test.describe('Contacts in the back office', () => {
  test('import a CSV, then the imported contact is recognised on a XiVO call and found by phone', async ({
    page,
  }) => {
    await signIn(page);
    await page.goto('/admin/contacts/import');
    await expect(page.getByRole('heading', { name: 'Import contacts' })).toBeVisible();

    await page.getByLabel('CSV file').setInputFiles({
      name: 'contacts.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await expect(page.getByText('contacts.csv: 2 rows')).toBeVisible();
    // Columns were recognised from the header row.
    await expect(page.getByLabel('Column “Phone”')).toHaveValue('phones');
    await expect(page.getByLabel('Column “Email”')).toHaveValue('email');

    // The preview is checked by the server: the bad row says what is wrong with it.
    await expect(
      page.getByText('In the first 2 rows: 1 new, 0 to update, 0 unchanged, 1 with errors.'),
    ).toBeVisible();
    const badRow = page.getByRole('row').filter({ hasText: 'Broken Row' });
    await expect(badRow).toContainText('Error');
    await expect(badRow).toContainText('Email: Enter a valid email address');
    await expect(badRow).toContainText('Phone number 1: "call me" is not a usable phone number');
    await expect(page.getByRole('row').filter({ hasText: 'Hedy Lamarr' })).toContainText('New');

    await page.getByRole('button', { name: 'Import 2 rows' }).click();
    await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute(
      'aria-valuenow',
      '2',
    );
    await expect(page.locator('[data-count="created"]')).toHaveText('1');
    await expect(page.locator('[data-count="rejected"]')).toHaveText('1');
    await expect(page.getByRole('row').filter({ hasText: 'Broken Row' })).toContainText(
      'Enter a valid email address',
    );

    // The rejected rows come back as a CSV to fix, with their row number and errors.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the rejected rows (CSV)' }).click(),
    ]);
    const rejected = await readFile((await download.path())!, 'utf8');
    expect(rejected).toContain('Broken Row,Nowhere Ltd,not-an-email,call me,,3,');
    expect(rejected).not.toContain('Hedy Lamarr');

    // A call from the imported number, written another way, shows the contact on the form.
    const thirdParty = await page.request.post(`${API_URL}/api/xivo/thirdparty?tenant=default`, {
      data: { ...xivoSampleRequest, caller: '0472000001', callDataCallId: `e2e-contacts-${Date.now()}` },
    });
    expect(thirdParty.status()).toBe(200);
    const answer = (await thirdParty.json()) as { action: string; url: string };
    expect(answer.action).toBe('open');
    await page.goto(answer.url);
    await expect(page.getByTestId('form-contact-name')).toHaveText('Hedy Lamarr');

    // The list finds the contact by its number in yet another format.
    await page.goto('/admin/contacts');
    await page.getByLabel('Search').fill('04.72.00.00.01');
    await expect(page).toHaveURL(/q=04\.72\.00\.00\.01/);
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(2); // the header and Hedy Lamarr
    await expect(rows.nth(1)).toContainText('Hedy Lamarr');
    await expect(rows.nth(1)).toContainText('+33472000001');
  });

  test('add, edit and delete a contact with several numbers', async ({ page }) => {
    await signIn(page);
    await page.goto('/admin/contacts');
    await page.getByRole('link', { name: 'Add a contact' }).first().click();

    await page.getByLabel('Name').fill('Grace Hopper');
    await page.getByLabel('Email').fill('not valid');
    await page.getByLabel('Phone number 1').fill('04 72 00 00 02');
    await page.getByRole('button', { name: 'Add a number' }).click();
    await page.getByLabel('Phone number 2').fill('extension please');
    await page.getByRole('button', { name: 'Create the contact' }).click();

    await expect(page.getByText('Some fields need attention')).toBeVisible();
    await expect(page.getByText('Enter a valid email address')).toBeVisible();
    await expect(page.getByLabel('Email')).toBeFocused();

    await page.getByLabel('Email').fill('grace.hopper@e2e.example');
    await page.getByRole('button', { name: 'Create the contact' }).click();
    await expect(page.getByText('"extension please" is not a usable phone number')).toBeVisible();
    await page.getByLabel('Phone number 2').fill('+1 202 555 0143');
    await page.getByRole('button', { name: 'Create the contact' }).click();

    await expect(page.getByText('Contact Grace Hopper created.')).toBeVisible();
    await page.getByLabel('Search').fill('grace');
    const row = page.getByRole('row').filter({ hasText: 'Grace Hopper' });
    await expect(row).toContainText('+33472000002');
    await expect(row).toContainText('+12025550143');

    await row.getByRole('link', { name: 'Edit Grace Hopper' }).click();
    await expect(page.getByLabel('Name')).toHaveValue('Grace Hopper');
    await page.getByLabel('Company').fill('US Navy');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Contact Grace Hopper saved.')).toBeVisible();

    await page.getByLabel('Search').fill('US Navy');
    await page.getByRole('button', { name: 'Delete Grace Hopper' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Grace Hopper?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete the contact' }).click();
    await expect(page.getByText('Contact Grace Hopper deleted.')).toBeVisible();
    await expect(page.getByText('No contact matches “US Navy”')).toBeVisible();
  });

  test('a 10,000-row file goes in batches of 500 with progress, and can be cancelled', async ({ page }) => {
    await signIn(page);
    const lines = ['Nom;Société;Courriel;Téléphones'];
    for (let i = 0; i < 10_000; i += 1) {
      const digits = String(i).padStart(4, '0');
      lines.push(
        `Bulk ${digits};Bulk SA;bulk-${digits}@bulk-e2e.example;06 39 98 ${digits.slice(0, 2)} ${digits.slice(2)} | 1${digits}`,
      );
    }
    await page.goto('/admin/contacts/import');
    await page.getByLabel('CSV file').setInputFiles({
      name: 'bulk.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\r\n'), 'utf8'),
    });
    await expect(page.getByText('bulk.csv: 10,000 rows')).toBeVisible();
    // French headers are recognised; the server checks the first batch only.
    await expect(page.getByLabel('Column “Téléphones”')).toHaveValue('phones');
    await expect(
      page.getByText('In the first 500 rows: 500 new, 0 to update, 0 unchanged, 0 with errors.'),
    ).toBeVisible();

    await page.getByRole('button', { name: 'Import 10,000 rows' }).click();
    const progress = page.getByRole('progressbar', { name: 'Import progress' });
    await expect(progress).toHaveAttribute('aria-valuemax', '10000');
    await expect(progress).not.toHaveAttribute('aria-valuenow', '0');
    await page.getByRole('button', { name: 'Cancel the import' }).click();

    const cancelled = page.getByText(/Import cancelled: [\d,]+ of 10,000 rows were processed/);
    await expect(cancelled).toBeVisible({ timeout: 30_000 });
    const done = Number((await progress.getAttribute('aria-valuenow')) ?? '0');
    expect(done % 500).toBe(0);
    expect(done).toBeGreaterThanOrEqual(500);
    expect(done).toBeLessThan(10_000);

    // Exactly the batches sent are stored.
    const listed = await page.request.get('/api/admin/contacts?q=bulk-e2e.example&pageSize=1');
    expect(((await listed.json()) as { total: number }).total).toBe(done);
  });
});
