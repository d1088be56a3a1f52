import { expect, Page } from '@playwright/test';

export const PASSWORD = 'portal-demo-2026';

/** Signs in through the login form and waits for the signed-in shell. */
export async function signIn(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}
