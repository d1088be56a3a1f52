import { test, expect, Page } from '@playwright/test';
import { signIn, uniqueCustomer } from './helpers';

/** Vendor staff add a North America lead; the region's rule offers it to
 * Northwind at once. Returns the lead's address. */
async function addLead(page: Page, customer: string): Promise<string> {
  await signIn(page, 'admin@vendor.example');
  await page.goto('/leads');
  await page.getByRole('link', { name: 'Add a lead' }).click();
  await expect(page.getByRole('heading', { name: 'Add a lead' })).toBeVisible();
  await page.getByLabel('Company name *').fill(customer);
  await page.getByLabel('Website domain').fill(`${customer.split(' ')[0]}.example`);
  await page.getByLabel('Country').selectOption('US');
  await page.getByLabel('Region').selectOption('North America');
  await page.getByLabel('Contact name *').fill('Dana Buyer');
  await page.getByLabel('Job title').fill('CIO');
  await page.getByLabel('E-mail *').fill('dana@buyer.example');
  await page.getByLabel('Product interest').selectOption({ label: 'Nimbus Secure Gateway' });
  await page.getByLabel('Estimated value').fill('60000');
  await page.getByLabel('Source').selectOption('event');
  await page.getByRole('button', { name: 'Save and hand out' }).click();
  await expect(page.getByText('Lead saved and handed out by the rules.')).toBeVisible();
  await expect(page.getByText(/Offered to Northwind Systems by the rule/)).toBeVisible();
  const url = page.url().replace(/[?#].*$/, '');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  return url;
}

test('a lead offered, accepted with the customer hidden until then, worked and registered without retyping', async ({ page }, info) => {
  test.setTimeout(90_000);
  const customer = uniqueCustomer('Robotics');
  const url = await addLead(page, customer);
  await signIn(page, 'nora@northwind.example');
  // The first screen says a lead waits, with its clock.
  await expect(page.getByText(/leads? wait|One lead waits/).first()).toBeVisible();
  await expect(page.getByText(/The next offer runs out in/)).toBeVisible();
  await page.goto(url);
  await expect(page.getByText('The customer and contact details are shown once you accept the lead.')).toBeVisible();
  await expect(page.getByText(customer)).toHaveCount(0);
  await expect(page.getByText(/left to answer/)).toBeVisible();
  await page.getByRole('button', { name: 'Accept the lead' }).click();
  await expect(page.getByRole('heading', { name: customer })).toBeVisible();
  await expect(page.getByRole('link', { name: 'dana@buyer.example' })).toBeVisible();
  await expect(page.locator('.badge').filter({ hasText: 'Accepted' })).toBeVisible();
  await page.getByRole('button', { name: 'Mark contacted' }).click();
  await expect(page.locator('.badge').filter({ hasText: 'Contacted' })).toBeVisible();
  // Lead to registration: the form opens filled in from the lead.
  const started = Date.now();
  await page.getByRole('link', { name: 'Register a deal from this lead' }).click();
  await expect(page.getByRole('heading', { name: 'Register a deal' })).toBeVisible();
  await expect(page.getByText(/Filled in from lead #\d+/)).toBeVisible();
  await expect(page.getByLabel('Customer company *')).toHaveValue(customer);
  await expect(page.getByLabel('Contact e-mail *')).toHaveValue('dana@buyer.example');
  await page.getByRole('button', { name: 'Register deal' }).click();
  await expect(page.getByText(/^Registered/).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: customer })).toBeVisible();
  const scripted = (Date.now() - started) / 1000;
  console.log(`[timing ${info.project.name}] lead to registration ${scripted.toFixed(1)} s (nothing typed)`);
  expect(scripted).toBeLessThan(20);
  await expect(page.getByRole('link', { name: /Vendor lead #\d+/ })).toBeVisible();
  await page.getByRole('link', { name: /Vendor lead #\d+/ }).click();
  await expect(page.locator('.badge').filter({ hasText: 'Converted to a deal' })).toBeVisible();
});

test('a lead rejected with a reason moves on', async ({ page }) => {
  test.setTimeout(90_000);
  const customer = uniqueCustomer('Foods');
  const url = await addLead(page, customer);
  await signIn(page, 'nora@northwind.example');
  await page.goto(url);
  await page.getByText('Reject…').click();
  await page.getByLabel('Reason').selectOption('not_our_region');
  await page.getByRole('button', { name: 'Reject the lead' }).click();
  await expect(page.getByText('Lead rejected. It goes to the next partner.')).toBeVisible();
  // Northwind no longer sees it.
  await page.goto(url);
  await expect(page.getByText(/not found|could not be found/i).first()).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  // No other partner works North America: it waits in the staff queue.
  await signIn(page, 'manager@vendor.example');
  await page.goto(url);
  await expect(page.locator('.badge').filter({ hasText: "In the vendor's queue" })).toBeVisible();
  await expect(page.getByText('Rejected: Not our region')).toBeVisible();
});

test('leads imported from pasted CSV lines: checked, then all created and handed out', async ({ page }, info) => {
  test.setTimeout(90_000);
  const a = uniqueCustomer('Imports');
  const b = uniqueCustomer('Mining');
  await signIn(page, 'admin@vendor.example');
  await page.goto('/leads');
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await expect(page.getByRole('heading', { name: 'Import leads' })).toBeVisible();
  // A bad line first: nothing can be created.
  await page.getByLabel('Or paste the lines').fill(
    `company,contact_name,contact_email,country,region,product\n${a},Ann,ann@a.example,US,North America,NX-CORE\n${b},Bo,not-an-email,MX,Atlantis,NX-CORE\n`);
  await page.getByRole('button', { name: 'Check the lines' }).nth(1).click();
  await expect(page.getByText(/1 of 2 lines have problems|1 of 2 lines has problems/)).toBeVisible();
  await expect(page.getByRole('button', { name: /Create and hand out/ })).toHaveCount(0);
  // Corrected.
  await page.getByLabel('Or paste the lines').fill(
    `company,contact_name,contact_email,country,region,product\n${a},Ann,ann@a.example,US,North America,NX-CORE\n${b},Bo,bo@b.example,MX,Latin America,NX-CORE\n`);
  await page.getByRole('button', { name: 'Check the lines' }).nth(1).click();
  await expect(page.getByText('All 2 leads are ready.')).toBeVisible();
  await page.getByRole('button', { name: 'Create and hand out 2 leads' }).click();
  await expect(page.getByText(/Leads created: 1 offered to partners, 1 waiting in the queue\./)).toBeVisible();
  await expect(page.getByText('These leads were created.')).toBeVisible();
  console.log(`[import ${info.project.name}] two leads imported`);
});

test('the staff read the lead figures and the sourced split, and change the period without JavaScript too', async ({ page }) => {
  await signIn(page, 'admin@vendor.example');
  await page.goto('/leads');
  await page.getByRole('link', { name: 'Figures' }).click();
  await expect(page.getByRole('heading', { name: 'Lead figures' })).toBeVisible();
  await expect(page.getByText('Acceptance rate')).toBeVisible();
  // The demo's leads: Tailspin accepted APAC leads and won one from them.
  const partners = page.getByRole('table', { name: 'By partner' });
  await expect(partners.getByRole('row', { name: /Tailspin Integrators/ })).toBeVisible();
  const sources = page.getByRole('table', { name: 'By source' });
  await expect(sources.getByRole('row', { name: /Campaign/ })).toContainText('$41,500');
  await expect(page.getByRole('link', { name: /Export CSV\s*: By partner/ })).toHaveAttribute('href', /by=partner&days=90/);
  await page.getByLabel('Period').selectOption('365');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/days=365/);
  await expect(page.getByLabel('Period')).toHaveValue('365');
  // The dashboard splits the won revenue and pipeline by who found the deal.
  await page.goto('/dashboard');
  const sourcing = page.getByRole('table', { name: 'Who found the business' });
  await expect(sourcing.getByRole('row', { name: /Vendor-sourced/ })).toContainText('$41,500');
  await expect(sourcing.getByRole('row', { name: /Partner-sourced/ })).toBeVisible();
});
