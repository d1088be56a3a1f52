import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:3199';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const ctx = await browser.newContext({ javaScriptEnabled: false });
const page = await ctx.newPage();
await page.goto(`${base}/login`);
await page.getByLabel('E-mail').fill('sam@northwind.example');
await page.getByLabel('Password').fill('portal-demo-2026');
await page.getByRole('button', { name: 'Sign in' }).click();
await page.getByRole('button', { name: 'Sign out' }).waitFor();
for (const p of ['/', '/deals', '/team']) {
  const r = await page.goto(`${base}${p}`);
  const html = await r.text();
  console.log(p, 'title:', JSON.stringify((html.match(/<title>[^<]*<\/title>/)||['none'])[0]), html.length);
}
await browser.close();
