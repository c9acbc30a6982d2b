import { expect, test, type Page } from '@playwright/test';
import { xivoSampleRequest } from '@screenpop/contracts';
import { fillCallReport, storedForm } from './support/call-report';
import { API_URL, WEB_URL } from './support/env';
import { formIdOf } from './support/simulator-page';

// A French agent desktop: the browser asks for French (Accept-Language: fr-FR).
test.use({ locale: 'fr-FR' });

/** XucMgt's third-party POST for a new call from the demo caller; the form URL it answers. */
async function placeCall(page: Page): Promise<string> {
  const response = await page.request.post(`${API_URL}/api/xivo/thirdparty`, {
    data: { ...xivoSampleRequest, callDataCallId: `${Date.now()}.call-form-fr` },
  });
  expect(response.status()).toBe(200);
  const answer = (await response.json()) as { action: string; url: string };
  expect(answer.action).toBe('open');
  return answer.url;
}

test.describe('The call report in the language of the agent browser', () => {
  test('a French browser gets the form in French, with French times, and completes it', async ({ page }) => {
    const url = await placeCall(page);
    await page.goto(url);

    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByTestId('form-contact-name')).toHaveText('Marie Curie');
    await expect(page.getByText('Compte rendu d’appel', { exact: true })).toBeVisible();
    await expect(page.getByText('En cours', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Appel', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Appels précédents' })).toBeVisible();
    await expect(page.getByText('Numéro appelé')).toBeVisible();
    await expect(page.getByText('File d’attente')).toBeVisible();
    // Times on a 24-hour clock, as in France (an English browser would show AM/PM).
    await expect(page.locator('dt', { hasText: 'Sonnerie à' }).locator('+ dd')).toHaveText(
      /^\d{2}:\d{2}:\d{2}$/,
    );
    await expect(page.getByTestId('form-draft-status')).toHaveText(
      'Les brouillons s’enregistrent automatiquement.',
    );
    await expect(page.getByRole('group', { name: 'Qualification' })).toBeVisible();
    await expect(page.getByTestId('form-field-reason').locator('option').first()).toHaveText('Choisir…');

    // Completing too early names, in French, what is missing.
    await page.getByRole('button', { name: 'Terminer' }).click();
    const problems = page.getByTestId('form-error');
    await expect(problems).toContainText('2 points demandent votre attention avant de terminer');
    await expect(problems).toContainText('Reason for the call : Reason for the call est obligatoire');
    await expect(problems).toContainText('Qualification : Choisissez une qualification');
    await expect(page.getByTestId('form-field-reason')).toBeFocused();

    await fillCallReport(page, 'Veut un <b>remboursement</b> & un rappel');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await expect(page.getByTestId('form-draft-status')).toHaveText(/^Brouillon enregistré à \d{2}:\d{2}$/);

    await page.getByRole('button', { name: 'Terminer' }).click();
    const completed = page.getByTestId('form-completed');
    await expect(completed.getByRole('heading', { name: 'Compte rendu d’appel terminé' })).toBeVisible();
    await expect(completed).toContainText('Vous pouvez fermer cet onglet.');
    await expect(completed).toContainText(/Temps de post-appel : \d+ (min|s)/);
    await expect(completed).toContainText('Oui');
    // What the agent typed is shown as typed, never as markup.
    await expect(completed).toContainText('Veut un <b>remboursement</b> & un rappel');
    await expect(page.getByText('Terminé', { exact: true })).toBeVisible();

    expect(await storedForm(page, formIdOf(url))).toMatchObject({
      status: 'completed',
      disposition: 'callback',
      data: { reason: 'complaint', notes: 'Veut un <b>remboursement</b> & un rappel', followUp: true },
    });
  });

  test("the language switch's choice wins over the browser's", async ({ page, context }) => {
    await context.addCookies([{ name: 'screenpop_locale', value: 'en', url: WEB_URL }]);
    await page.goto(await placeCall(page));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('form-draft-status')).toHaveText('Drafts save automatically.');
    await expect(page.getByRole('button', { name: 'Complete' })).toBeVisible();
  });
});
