import { test, expect } from '@playwright/test';
import { mailTo, signIn } from './helpers';

test('a wrong password shows an inline error and keeps the e-mail', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill('nora@northwind.example');
  await page.getByLabel('Password').fill('not-my-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('do not match an active account').first()).toBeVisible();
  await expect(page.getByLabel('E-mail')).toHaveValue('nora@northwind.example');
});

test('a partner admin sees the company, team and channel manager', async ({ page }) => {
  await signIn(page, 'nora@northwind.example');
  await expect(page.getByRole('heading', { name: 'Hello, Nora' })).toBeVisible();
  await expect(page.getByText('Northwind Systems').first()).toBeVisible();
  await expect(page.getByText('Marco Manager')).toBeVisible();
  await page.getByRole('link', { name: 'Team', exact: true }).click();
  await expect(page.getByRole('cell', { name: /^Sam Patel/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Invite a colleague' })).toBeVisible();
});

test('a partner user cannot reach admin pages or another company', async ({ page }) => {
  await signIn(page, 'sam@northwind.example');
  await expect(page.getByRole('link', { name: 'Partners' })).toHaveCount(0);
  await page.goto('/admin/staff');
  await expect(page.getByRole('heading', { name: 'No access' })).toBeVisible();
  await page.goto('/companies');
  await expect(page.getByRole('heading', { name: 'No access' })).toBeVisible();
  await page.goto('/team');
  await expect(page.getByText('Contoso')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Invite a colleague' })).toHaveCount(0);
});

test('a channel manager sees only assigned partners', async ({ page }) => {
  await signIn(page, 'manager@vendor.example');
  await page.getByRole('link', { name: 'Partners' }).click();
  await expect(page.getByRole('link', { name: 'Northwind Systems' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tailspin Integrators' })).toHaveCount(0);
});

test('a vendor admin sees every partner and the mail log', async ({ page }) => {
  await signIn(page, 'admin@vendor.example');
  await page.getByRole('link', { name: 'Partners' }).click();
  await expect(page.getByRole('link', { name: 'Tailspin Integrators' })).toBeVisible();
  // The admin consoles sit behind one "Admin" entry, as tabs.
  await page.getByRole('link', { name: 'Admin', exact: true }).click();
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Mail log' }).click();
  await expect(page.getByRole('heading', { name: 'Mail log' })).toBeVisible();
});

test('a partner admin invites a colleague who accepts and signs in', async ({ page, browser }, info) => {
  const email = `new.${info.project.name}.${Date.now()}@northwind.example`;
  await signIn(page, 'nora@northwind.example');
  await page.goto('/team');
  await page.getByLabel('Name', { exact: true }).fill('Robin New');
  await page.getByLabel('Work e-mail').fill(email);
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText(email)).toBeVisible();

  // The invitation reaches the colleague's mailbox (the test mail sink);
  // the vendor admin's mail log shows it with the link redacted.
  const text = await mailTo(email);
  const link = text.match(/http\S+invitation\?token=[A-Za-z0-9_-]+/)![0];
  const adminContext = await browser.newContext({ javaScriptEnabled: false });
  const admin = await adminContext.newPage();
  await signIn(admin, 'admin@vendor.example');
  await admin.goto('/admin/mail');
  const logged = await admin.locator('article', { hasText: email }).first().locator('pre').innerText();
  expect(logged).toContain('invitation?token=[redacted]');
  expect(logged).not.toContain(new URL(link).searchParams.get('token')!);
  await adminContext.close();

  const guestContext = await browser.newContext({ javaScriptEnabled: info.project.name === 'js-on' });
  const guest = await guestContext.newPage();
  await guest.goto(new URL(link).pathname + new URL(link).search);
  await expect(guest.getByRole('heading', { name: 'Accept your invitation' })).toBeVisible();
  await guest.getByLabel('Choose a password').fill('robin-likes-long-passphrases');
  await guest.getByLabel('Repeat the password').fill('robin-likes-long-passphrases');
  await guest.getByRole('button', { name: 'Join and sign in' }).click();
  await expect(guest.getByRole('heading', { name: 'Hello, Robin' })).toBeVisible();
  await guestContext.close();
});

test('a partner admin edits a colleague\'s name and role', async ({ page }, info) => {
  await signIn(page, 'nora@northwind.example');
  await page.goto('/team');
  const newName = `Lena Ortiz ${info.project.name}`;
  await page.getByText('Edit Lena Ortiz').first().click();
  await page.getByLabel(/^Name of Lena Ortiz/).first().fill(newName);
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByRole('cell', { name: new RegExp(`^${newName}`) })).toBeVisible();
});

test('an unlock link that was used or has expired says so on its page', async ({ page }) => {
  await page.goto('/unlock?token=no-longer-valid');
  await expect(page.getByRole('heading', { name: 'Sign in from this browser' })).toBeVisible();
  await page.getByRole('button', { name: 'Let this browser sign in' }).click();
  await expect(page.getByText('This link has expired or was already used. Ask for a new one.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Let this browser sign in' })).toBeVisible();
});
