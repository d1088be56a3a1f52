import { test, expect, Page } from '@playwright/test';
import { signIn, uniqueCustomer } from './helpers';

const amount = (s: string | null) => Number((s ?? '').replace(/[^0-9.]/g, ''));
const unique = (info: { project: { name: string } }) =>
  `${info.project.name.replace('-', '')}${Date.now().toString(36)}`;

const stat = (page: Page, label: string) =>
  page.locator('a.stat', { has: page.locator('.stat-label', { hasText: label }) });

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
}

test('the first screen shows rebates due and the tier with progress, matching the pages behind them', async ({ page }) => {
  await signIn(page, 'nora@northwind.example');
  await expect(stat(page, 'Rebates and commissions due')).toBeVisible();
  const due = amount(await stat(page, 'Rebates and commissions due').locator('.stat-value').textContent());
  await expect(page.getByRole('heading', { name: 'Your tier: Silver' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Progress to Gold' })).toBeVisible();
  const revenueLine = page.locator('.tier-card .progress-list li', { hasText: 'Won revenue in the last 12 months' });
  const revenueHome = ((await revenueLine.locator('.progress-value').textContent()) ?? '').trim();
  expect(revenueHome).toMatch(/of \$250,000/);
  await expect(page.locator('.tier-card').getByText('Not tracked yet')).toBeVisible();

  // The money page agrees with the first screen.
  await page.goto('/earnings');
  const dueThere = amount(await stat(page, 'Due (earned and approved)').locator('.stat-value').textContent());
  expect(dueThere).toBe(due);
  await expect(page.getByText(/Your company ranks \d+ of \d+/)).toBeVisible();
  // The tier page shows the same progress and the 12-month figure behind it.
  await page.goto('/tier');
  await expect(page.locator('.progress-list li', { hasText: 'Won revenue in the last 12 months' }).locator('.progress-value').first()).toContainText(revenueHome.split(' of ')[0]);
  await expect(page.getByRole('heading', { name: 'Tier history' })).toBeVisible();
  await expect(page.getByText('Moved from Registered to Silver')).toBeVisible();
});

test('a channel manager confirms a criterion; the company is evaluated again', async ({ page }) => {
  await signIn(page, 'manager@vendor.example');
  await page.goto('/tiers');
  await expect(page.getByRole('heading', { name: 'Tier distribution' })).toBeVisible();
  await expect(page.getByText('Tailspin')).toHaveCount(0); // not assigned to this manager
  await page.getByRole('link', { name: 'Northwind Systems' }).first().click();
  await expect(page.getByRole('heading', { name: 'Northwind Systems: tier' })).toBeVisible();
  const item = page.locator('li.criterion', { hasText: 'Gold: Joint business plan signed' });
  const before = (await item.locator('.badge').textContent())?.trim();
  await item.getByRole('button').click();
  await expect(page.getByText('Criterion saved and the company evaluated again.')).toBeVisible();
  const after = (await page.locator('li.criterion', { hasText: 'Gold: Joint business plan signed' }).locator('.badge').textContent())?.trim();
  expect(after).not.toBe(before);
  await expect(page.getByText(/Gold criterion (met|no longer met)/).first()).toBeVisible();
});

test('a won deal earns a rebate that a vendor admin pays out and exports', async ({ page }, info) => {
  const customer = uniqueCustomer('Litware');
  await signIn(page, 'sam@northwind.example');
  // Small deals without conflict are approved by a rule at once.
  await page.goto('/deals/new');
  await page.getByLabel('Customer company *').fill(customer);
  await page.getByLabel('Customer website *').fill(`${unique(info)}.litware.example`);
  await page.getByLabel('Contact name *').fill('Lee Buyer');
  await page.getByLabel('Contact e-mail *').fill('lee@litware.example');
  await page.getByText('Nimbus Core Platform').click();
  await page.getByLabel('Estimated value *').fill('8000');
  await page.getByRole('button', { name: 'Register deal' }).click();
  await expect(page.getByRole('heading', { name: customer })).toBeVisible();
  await page.getByLabel('Final value').fill('9000');
  await page.getByRole('button', { name: 'Mark won' }).click();
  await expect(page.getByText('Won value')).toBeVisible();
  await page.goto('/earnings?status=earned');
  const row = page.locator('tr', { hasText: customer });
  await expect(row.filter({ hasText: 'Rebate' })).toBeVisible();
  await expect(row.filter({ hasText: 'Rebate' })).toContainText('$180'); // 2% of 9,000
  await signOut(page);

  await signIn(page, 'admin@vendor.example');
  await page.goto('/admin/payouts');
  await page.getByLabel('Company').selectOption({ label: 'Northwind Systems' });
  await page.getByRole('button', { name: 'Approve into a payout run' }).click();
  await expect(page.getByText('Payout run created: its entries are approved.')).toBeVisible();
  const run = page.locator('#run');
  await expect(run.locator('.run-status').getByText('Approved, not paid')).toBeVisible();
  await expect(run.locator('tr', { hasText: customer }).first()).toBeVisible();
  const href = await run.getByRole('link', { name: 'Export CSV for finance' }).getAttribute('href');
  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(customer);
  await run.getByLabel('Payment reference *').fill(`ACH-${unique(info)}`);
  await run.getByRole('button', { name: 'Mark paid' }).click();
  await expect(page.getByText('Marked paid. Each partner\'s admins were notified.')).toBeVisible();
  await expect(page.locator('#run .run-status').getByText('Paid', { exact: true })).toBeVisible();
  await signOut(page);

  await signIn(page, 'nora@northwind.example');
  await page.goto('/earnings?status=paid');
  await expect(page.locator('tr', { hasText: customer }).first()).toBeVisible();
});

test('a vendor admin changes a tier rule from a date; a bad value is refused and kept', async ({ page }) => {
  await signIn(page, 'admin@vendor.example');
  await page.goto('/admin/tiers');
  const platinum = page.locator('section', { has: page.getByRole('heading', { name: 'Platinum (rank 3)' }) });
  await platinum.getByText('New version of the Platinum rules').click();
  await platinum.getByLabel('Rebate %').fill('250');
  await platinum.getByRole('button', { name: 'Save version' }).click();
  await expect(page.getByText('Enter a percentage between 0 and 100, e.g. 2.5.')).toBeVisible();
  await expect(platinum.getByLabel('Rebate %')).toHaveValue('250');
  await expect(platinum.getByLabel('Rebate %')).toHaveAttribute('aria-invalid', 'true');
  // Only the Platinum form shows the error; the other tiers' forms stay clean.
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(1);
});
