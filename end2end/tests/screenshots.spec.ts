import { test } from '@playwright/test';

// Not assertions: pictures of the main pages at desktop and phone widths,
// written to end2end/screenshots/ for a person to look at.
const pages: [string, string | null][] = [
  ['login', null],
  ['home-partner', 'nora@northwind.example'],
  ['team', 'nora@northwind.example'],
  ['home-vendor', 'admin@vendor.example'],
  ['companies', 'admin@vendor.example'],
];
const paths: Record<string, string> = { login: '/login', 'home-partner': '/', team: '/team', 'home-vendor': '/', companies: '/companies' };

for (const [name, who] of pages) {
  test(`screenshot ${name}`, async ({ page }, info) => {
    test.skip(info.project.name !== 'js-on' || !process.env.SCREENSHOTS, 'screenshots on request only');
    if (who) {
      await page.goto('/login');
      await page.getByLabel('E-mail').fill(who);
      await page.getByLabel('Password').fill('portal-demo-2026');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
    }
    for (const [w, h, tag] of [[1440, 900, 'desktop'], [390, 844, 'phone']] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.goto(paths[name]);
      await page.screenshot({ path: `screenshots/${name}-${tag}.png`, fullPage: true });
    }
  });
}
