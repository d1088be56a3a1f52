import { test, expect, Page } from '@playwright/test';
import { signIn } from './helpers';

const amount = (s: string | null) => Number((s ?? '').replace(/[^0-9.]/g, ''));

/** The amounts of a chart's data table, opened as a person would. */
async function tableAmounts(page: Page, card: string): Promise<Map<string, number>> {
  const section = page.locator('section.card', { has: page.getByRole('heading', { name: card }) });
  await section.getByText('Show the figures').first().click();
  const rows = section.locator('.chart-data').first().locator('tbody tr');
  const out = new Map<string, number>();
  for (let i = 0; i < await rows.count(); i++) {
    const name = ((await rows.nth(i).locator('th').textContent()) ?? '').trim();
    out.set(name, amount(await rows.nth(i).locator('td').first().textContent()));
  }
  return out;
}

test('a vendor admin reads the channel: charts, figures that add up, filters and CSV', async ({ page }) => {
  await signIn(page, 'admin@vendor.example');
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Channel dashboard', level: 1 })).toBeVisible();
  await page.getByLabel('Period', { exact: true }).selectOption({ label: 'Last 12 months' });
  await page.getByLabel('Currency', { exact: true }).selectOption('USD');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/period=12m/);
  // Real charts: SVG images with a title, and the figures behind them.
  await expect(page.getByRole('img', { name: /Won revenue per .* in USD/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Registrations submitted, approved and won/ })).toBeVisible();
  const wonStat = page.locator('.stat').filter({ has: page.locator('.stat-label', { hasText: /^Won revenue$/ }) });
  const total = amount(await wonStat.locator('.stat-value').textContent());
  expect(total).toBeGreaterThan(0);
  const partners = await tableAmounts(page, 'Revenue by partner');
  expect([...partners.values()].reduce((a, b) => a + b, 0)).toBe(total);
  const months = await tableAmounts(page, 'Channel revenue over time');
  expect([...months.values()].reduce((a, b) => a + b, 0)).toBe(total);
  expect(partners.has('Tailspin Integrators') || partners.has('Northwind Systems')).toBe(true);

  // Every table exports to CSV with the same filters.
  const href = await page.locator('section.card', { has: page.getByRole('heading', { name: 'Revenue by partner' }) })
    .getByRole('link', { name: /Export CSV/ }).getAttribute('href');
  expect(href).toContain('period=12m');
  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(await csv.text()).toContain('Won revenue (USD)');

  // A region narrows every figure to that region's partners.
  await page.getByLabel('Region', { exact: true }).selectOption('EMEA');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/region=EMEA/);
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue('EMEA');
  await expect(page.getByText(/^1 partner company ·/)).toBeVisible();
  const board = page.locator('section.card', { has: page.getByRole('heading', { name: 'Leaderboard' }) });
  await expect(board.locator('tbody tr')).toHaveCount(1);
  await expect(board.locator('tbody tr')).toContainText('Contoso Cloud GmbH');
});

test('a bad date range is explained and the typed dates are kept', async ({ page }) => {
  await signIn(page, 'admin@vendor.example');
  await page.goto('/dashboard');
  await page.getByLabel('Period', { exact: true }).selectOption({ label: 'Custom dates' });
  await page.getByLabel('First day').fill('2026-06-30');
  await page.getByLabel('Last day').fill('2026-06-01');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByText('The last day comes before the first day. Showing this quarter instead.')).toBeVisible();
  await expect(page.getByLabel('First day')).toHaveValue('2026-06-30');
  await expect(page.getByLabel('First day')).toHaveAttribute('aria-invalid', 'true');
});

test('a channel manager sees only assigned partners on the dashboard', async ({ page }) => {
  await signIn(page, 'manager@vendor.example');
  await page.goto('/dashboard?period=12m');
  await expect(page.getByRole('heading', { name: 'Channel dashboard', level: 1 })).toBeVisible();
  await expect(page.getByText(/^2 partner companies/)).toBeVisible();
  await expect(page.getByLabel('Channel manager')).toHaveCount(0);
  await expect(page.getByText('Tailspin')).toHaveCount(0);
});

test('partners cannot open the vendor dashboard', async ({ page }) => {
  await signIn(page, 'nora@northwind.example');
  await expect(page.getByRole('link', { name: 'Dashboard' })).toHaveCount(0);
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { name: 'No access' })).toBeVisible();
});
