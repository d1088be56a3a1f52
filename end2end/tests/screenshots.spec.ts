import { test } from '@playwright/test';

// Not assertions: pictures of the main pages at desktop and phone widths,
// written to end2end/screenshots/ for a person to look at. With
// SCREENSHOT_LANG=de (or ja, fr, es) the pages are taken in that language,
// into end2end/screenshots/<lang>/.
const lang = process.env.SCREENSHOT_LANG ?? '';
const shots: [string, string | null, string][] = [
  ['login', null, '/login'],
  ['home-partner', 'nora@northwind.example', '/'],
  ['team', 'nora@northwind.example', '/team'],
  ['deals-partner', 'nora@northwind.example', '/deals'],
  ['deal-new', 'sam@northwind.example', '/deals/new'],
  ['deal-detail-partner', 'sam@northwind.example', '/deals?status=approved'],
  ['home-vendor', 'admin@vendor.example', '/'],
  ['companies', 'admin@vendor.example', '/companies'],
  ['approvals', 'manager@vendor.example', '/approvals'],
  ['deal-conflict', 'manager@vendor.example', '/approvals'],
  ['analytics', 'admin@vendor.example', '/deals/analytics'],
  ['dashboard', 'admin@vendor.example', '/dashboard?period=12m'],
  ['dashboard-manager', 'manager@vendor.example', '/dashboard'],
  ['program', 'admin@vendor.example', '/admin/deals'],
  ['notifications', 'sam@northwind.example', '/notifications'],
  ['mdf-partner', 'nora@northwind.example', '/mdf'],
  ['mdf-new', 'sam@northwind.example', '/mdf/new'],
  ['mdf-detail-partner', 'nora@northwind.example', '/mdf?status=approved'],
  ['mdf-claim-review', 'manager@vendor.example', '/mdf?status=claimed'],
  ['mdf-queue', 'manager@vendor.example', '/mdf/queue'],
  ['mdf-budgets', 'admin@vendor.example', '/mdf/budgets'],
  ['tier-partner', 'nora@northwind.example', '/tier'],
  ['earnings', 'nora@northwind.example', '/earnings'],
  ['tiers-vendor', 'admin@vendor.example', '/tiers'],
  ['tier-company', 'admin@vendor.example', '/tiers?tier=3'],
  ['tier-admin', 'admin@vendor.example', '/admin/tiers'],
  ['payouts', 'admin@vendor.example', '/admin/payouts?run=1'],
  ['leads-partner', 'nora@northwind.example', '/leads'],
  ['lead-offered', 'nora@northwind.example', '/leads?status=offered'],
  ['lead-worked', 'sam@northwind.example', '/leads?status=worked'],
  ['leads-queue', 'manager@vendor.example', '/leads?status=queue'],
  ['lead-held', 'admin@vendor.example', '/leads?status=queue'],
  ['lead-new', 'admin@vendor.example', '/leads/new'],
  ['lead-rules', 'admin@vendor.example', '/leads/rules'],
  ['lead-figures', 'admin@vendor.example', '/leads/figures'],
  ['dashboard-sourcing', 'admin@vendor.example', '/dashboard#sourcing'],
  ['dashboard-measures', 'admin@vendor.example', '/dashboard#measures'],
  ['home-pulse', 'nora@northwind.example', '/#pulse'],
  ['apply', null, '/apply'],
  ['applications', 'manager@vendor.example', '/companies/applications'],
  ['application-duplicates', 'manager@vendor.example', '/companies/applications'],
  ['terms-partner', 'nora@northwind.example', '/terms'],
  ['terms-staff', 'admin@vendor.example', '/companies/terms'],
];

for (const [name, who, path] of shots) {
  test(`screenshot ${name}`, async ({ page }, info) => {
    test.skip(info.project.name !== 'js-on' || !process.env.SCREENSHOTS, 'screenshots on request only');
    if (lang) {
      const url = process.env.PORTAL_URL ?? 'http://127.0.0.1:3100';
      await page.context().addCookies([{ name: 'portal_lang', value: lang, url }]);
    }
    if (who) {
      await page.goto('/login');
      await page.locator('input[name=email]').fill(who);
      await page.locator('input[name=password]').fill('portal-demo-2026');
      await page.locator('form[action="/api/auth/login"] button[type=submit]').click();
      await page.locator('.usermenu form button').waitFor();
    }
    let target = path;
    // Detail pages: open the first deal of the list (a conflict for the manager).
    if (name === 'tier-company') {
      await page.goto(path);
      target = (await page.locator('tbody a').first().getAttribute('href')) ?? path;
    }
    if (name === 'mdf-detail-partner' || name === 'mdf-claim-review') {
      await page.goto(path);
      target = (await page.locator('.mdf-table tbody a').first().getAttribute('href')) ?? path;
    }
    if (name === 'lead-offered' || name === 'lead-worked' || name === 'lead-held') {
      await page.goto(path);
      const row = name === 'lead-held'
        ? page.getByRole('link', { name: 'Lion City Bank' })
        : page.locator('.lead-table tbody a').first();
      target = (await row.getAttribute('href')) ?? path;
    }
    if (name === 'application-duplicates') {
      await page.goto(path);
      target = (await page.getByRole('link', { name: 'Northwind Systems Europe' }).getAttribute('href')) ?? path;
    }
    if (name === 'deal-detail-partner' || name === 'deal-conflict') {
      await page.goto(path);
      const link = name === 'deal-conflict'
        ? page.getByRole('link', { name: 'Globex Corp.' })
        : page.locator('tbody a.cell-main').first();
      target = (await link.getAttribute('href')) ?? path;
    }
    for (const [w, h, tag] of [[1440, 900, 'desktop'], [390, 844, 'phone']] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.goto(target);
      if (name === 'deal-new' && tag === 'desktop' && !lang) {
        await page.getByLabel('Customer company *').pressSequentially('Globex Industries', { delay: 20 });
        await page.getByLabel('Customer website *').pressSequentially('globex.com', { delay: 20 });
        await page.getByText('Possible conflict').waitFor();
      }
      const dir = lang ? `screenshots/${lang}` : 'screenshots';
      await page.screenshot({ path: `${dir}/${name}-${tag}.png`, fullPage: true });
    }
  });
}
