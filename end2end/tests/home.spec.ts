import { test, expect, Page } from '@playwright/test';
import { signIn } from './helpers';

/** "Page 1 of 2 · 27 in all" -> 27 (0 when the list is empty). */
async function listTotal(page: Page, path: string): Promise<number> {
  await page.goto(path);
  const pager = page.locator('.pager .muted');
  if (await pager.count() === 0) return 0;
  const text = (await pager.first().textContent()) ?? '';
  return Number(text.match(/(\d+) in all/)?.[1] ?? '0');
}

const amount = (s: string | null) => Number((s ?? '').replace(/[^0-9.]/g, ''));

test('the first screen shows the partner their money, matching the lists behind it', async ({ page }) => {
  await signIn(page, 'nora@northwind.example');
  // Zero clicks: the money is on the page right after signing in.
  const stat = (label: string) => page.locator('a.stat', { has: page.locator('.stat-label', { hasText: label }) });
  await expect(stat('Won this year')).toBeVisible();
  await expect(stat('Open pipeline')).toBeVisible();
  await expect(stat('MDF available to request')).toBeVisible();
  await expect(stat('Needs your attention')).toBeVisible();
  // Last year's wins do not change: the seeded Stark Industries deal.
  await expect(stat('Won this year').getByText('$78,500 by this day last year')).toBeVisible();
  const mdfHome = amount(await stat('MDF available to request').locator('.stat-value').textContent());
  const openText = (await stat('Open pipeline').locator('.stat-sub').last().textContent()) ?? '';
  const open = Number(openText.match(/(\d+) open registrations/)?.[1] ?? '-1');
  const pendingText = (await stat('Needs your attention').locator('.stat-sub').textContent()) ?? '';
  const pending = Number(pendingText.match(/(\d+) pending approval/)?.[1] ?? '-1');
  const attention = amount(await stat('Needs your attention').locator('.stat-value').textContent());
  await expect(page.getByRole('heading', { name: 'Needs your attention' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pipeline by stage' })).toBeVisible();

  // The lists behind the figures agree.
  const submitted = await listTotal(page, '/deals?status=submitted');
  const approved = await listTotal(page, '/deals?status=approved');
  expect(open).toBe(submitted + approved);
  expect(pending).toBe(submitted);
  // Every deal that needs the partner is counted, not just the ones listed.
  const returned = await listTotal(page, '/deals?status=draft');
  const expiring = await listTotal(page, '/deals?expiring=1');
  expect(attention).toBe(returned + submitted + expiring);
  expect(attention).toBeGreaterThan(0);
  await page.goto('/mdf');
  expect(amount(await page.locator('.fund-available .stat-value').textContent())).toBe(mdfHome);
});

test('the first screen needs only the main WASM module; other pages fetch their own on first visit', async ({ page }, info) => {
  test.skip(info.project.name !== 'js-on', 'WASM loads only with JavaScript');
  const wasm: string[] = [];
  page.on('response', r => { if (r.url().endsWith('.wasm')) wasm.push(r.url().split('/').pop() ?? ''); });
  await signIn(page, 'sam@northwind.example');
  await page.goto('/');
  await page.waitForSelector('body[data-hydrated]');
  expect(wasm.length).toBeGreaterThan(0);
  // The main module, its name carrying its content hash (scripts/e2e.sh
  // builds as a release does).
  expect(wasm.filter(name => !/^portal\.[\w-]{22}\.wasm$/.test(name))).toEqual([]);

  // A client-side navigation fetches the registration page's modules and
  // renders the working form without a page load.
  wasm.length = 0;
  await page.evaluate(() => { (window as any).__samePage = true; });
  await page.locator('a.register-cta').click();
  await expect(page.getByRole('heading', { name: 'Register a deal' })).toBeVisible();
  await expect(page).toHaveTitle('Register a deal · Partner Portal');
  expect(wasm.some(name => name.startsWith('split_'))).toBe(true);
  expect(await page.evaluate(() => (window as any).__samePage)).toBe(true);
});

test('the WASM and the stylesheet come compressed once, under hashed names cached for a year', async ({ page, request }, info) => {
  test.skip(info.project.name !== 'js-on', 'the same files with JavaScript off');
  await page.goto('/login');
  const wasm = await page.locator('link[rel="preload"][type="application/wasm"]').getAttribute('href');
  const css = await page.locator('link#leptos[rel="stylesheet"]').getAttribute('href');
  expect(wasm).toMatch(/^\/pkg\/portal\.[\w-]{22}\.wasm$/);
  expect(css).toMatch(/^\/pkg\/portal\.[\w-]{22}\.css$/);
  for (const path of [wasm!, css!]) {
    // From the copies made at start, or compressed per request until they
    // are written: the same answer either way.
    const res = await request.get(path, { headers: { 'accept-encoding': 'br' } });
    expect([res.status(), res.headers()['content-encoding'], res.headers()['cache-control']])
      .toEqual([200, 'br', 'public, max-age=31536000, immutable']);
  }
  const res = await request.get(wasm!, { headers: { 'accept-encoding': 'gzip' } });
  expect(res.headers()['content-encoding']).toBe('gzip');
  expect(res.headers()['vary']).toContain('accept-encoding');
});
