// Time to hydrate the partner home in headless Chromium, for the scale
// benchmark (examples/scale_bench.rs): signs in as PORTAL_EMAIL, then loads
// the home page and the register-deal page ten times each and reports the
// median and worst time until the app marked <body data-hydrated>
// (milliseconds since navigation start).
import { chromium } from '@playwright/test';

const base = process.env.PORTAL_URL;
const email = process.env.PORTAL_EMAIL;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
         '--disable-sync', '--no-first-run', '--disable-quic'],
});
const page = await browser.newPage();
await page.goto(`${base}/login`);
await page.getByLabel('E-mail').fill(email);
await page.getByLabel('Password').fill('portal-demo-2026');
await page.getByRole('button', { name: 'Sign in' }).click();
await page.getByRole('button', { name: 'Sign out' }).waitFor();
// Ten loads of a page; each waits for <body data-hydrated>.
async function hydration(path) {
  const times = [];
  for (let i = 0; i < 10; i++) {
    await page.goto(`${base}${path}`);
    await page.waitForSelector('body[data-hydrated]');
    times.push(Number(await page.getAttribute('body', 'data-hydrated')));
  }
  times.sort((a, b) => a - b);
  return `median ${times[5]} ms, max ${times[9]} ms`;
}
const home = await hydration('/');
// The register-deal page is split off the main module: its own modules load
// (preloaded by the served page) before it hydrates.
const register = await hydration('/deals/new');
console.log(`partner home ${home}; register-deal page (lazily loaded code) ${register}; after navigation start, 10 loads each`);
await browser.close();
