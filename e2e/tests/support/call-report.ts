import { expect, type FrameLocator, type Page } from '@playwright/test';
import { API_URL } from './env';

/** Fills the demo template's call report (reason, notes, follow-up, disposition) as an agent would. */
export async function fillCallReport(form: FrameLocator | Page, notes: string) {
  await form.getByTestId('form-field-reason').selectOption('complaint');
  await form.getByTestId('form-field-notes').fill(notes);
  await form.getByTestId('form-field-followUp').check();
  await form.getByTestId('form-disposition-callback').check();
}

/** The per-call form as the API stores it. */
export async function storedForm(page: Page, id: string) {
  const res = await page.request.get(`${API_URL}/api/forms/${id}`);
  expect(res.status()).toBe(200);
  return res.json();
}
