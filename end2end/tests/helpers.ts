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

/**
 * A customer name that no other run's resembles. The conflict check treats
 * similar names as the same customer (Jaro-Winkler), so a shared word plus a
 * clock ("Fabrikam jsonmx5b...", "Fabrikam jsoffmx5b...") made the second
 * registration a duplicate of the first: the random part goes first.
 */
export const uniqueCustomer = (word: string) =>
  `${Math.random().toString(36).slice(2, 10).padEnd(8, 'q')} ${word}`;
