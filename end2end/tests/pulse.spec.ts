import { test, expect } from '@playwright/test';
import { signIn } from './helpers';

// The portal pulse on the partner's first screen: a refused answer keeps
// what was typed, a good one thanks in place (or after the reload without
// JavaScript) and the question is gone until next quarter. Each project
// answers as its own person (the demo leaves both unasked this quarter).
test('a partner answers the quarterly pulse from the first screen', async ({ page }, info) => {
  const who = info.project.name === 'js-on' ? 'mei@tailspin.example' : 'lena@northwind.example';
  await signIn(page, who);
  const card = page.locator('#pulse');
  await expect(card.getByRole('heading', { name: 'A quick question' })).toBeVisible();
  const comment = page.getByLabel('What is the one thing we should change? (optional)');
  await comment.fill('Search the content library by product.');
  await card.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByText('Choose a score from 0 to 10.')).toBeVisible();
  await expect(page.getByLabel('What is the one thing we should change? (optional)')).toHaveValue('Search the content library by product.');
  await page.locator('#pulse').getByLabel('9', { exact: true }).check();
  await page.locator('#pulse').getByRole('button', { name: 'Send' }).click();
  await expect(page.getByText('Thank you: your answer reached the vendor\'s channel team.')).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'A quick question' })).toHaveCount(0);
});

test('the vendor reads the success measures on the dashboard', async ({ page }) => {
  await signIn(page, 'admin@vendor.example');
  await page.goto('/dashboard');
  const card = page.locator('#measures');
  await expect(card.getByRole('heading', { name: 'Success measures' })).toBeVisible();
  await expect(card.getByText('Revenue per active portal user').first()).toBeVisible();
  await expect(card.getByText("Productive tier's portal NPS")).toBeVisible();
  await expect(card.getByRole('table', { name: 'Revenue per active portal user by tier' })).toBeVisible();
  await expect(card.getByRole('link', { name: /Export CSV/ })).toHaveAttribute('href', /table=measures/);
});
