import type { APIRequestContext, Page } from '@playwright/test';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './env';

/** Signs the browser context in through the API (setup through the API, not the UI). */
export async function signIn(
  target: Page | APIRequestContext,
  email = ADMIN_EMAIL,
  password = ADMIN_PASSWORD,
): Promise<void> {
  const request = 'request' in target ? target.request : target;
  const response = await request.post('/api/auth/login', { data: { email, password } });
  if (response.status() !== 200) {
    throw new Error(`Sign-in as ${email} failed: ${response.status()} ${await response.text()}`);
  }
}
