import { test, expect, Page } from '@playwright/test';
import { signIn, mailTo, PASSWORD } from './helpers';

// Recruitment end to end, once per project (JavaScript on and off): a
// company applies on the public page (a refused form keeps what was
// typed), confirms its e-mail from the link it is sent, a channel manager
// vets and approves it, and the invited partner admin sets a password and
// lands on the partner's first screen, where the program terms wait to be
// accepted before anything else opens.

async function fillApplication(page: Page, company: string, email: string) {
  await page.getByLabel('Company legal name').fill(company);
  await page.getByLabel('Website').fill(`www.${email.split('@')[1]}`);
  await page.getByLabel('Country').selectOption('FR');
  await page.getByLabel('Partner type').selectOption('msp');
  await page.getByLabel('Expected annual revenue with our products').selectOption('1m_10m');
  await page.getByLabel('Cloud').check();
  await page.getByLabel('Security').check();
  await page.getByLabel('Full name').fill('Inès Laurent');
  await page.getByLabel('Phone').fill('+33 1 55 55 01 23');
  await page.getByLabel('Anything else we should know?').fill('We look after 300 customers in Lyon.');
}

test('a company applies, confirms, is approved and its admin signs in', async ({ page, browser }, info) => {
  const tag = `${info.project.name.replace('-', '')}${Date.now().toString(36)}`;
  const company = `Litware ${tag} SA`;
  const email = `ines@${tag}.example`;

  await page.goto('/login');
  await page.getByRole('link', { name: 'Become a partner' }).click();
  await expect(page.getByRole('heading', { name: 'Become a partner' })).toBeVisible();
  await fillApplication(page, company, email);
  await page.getByLabel('Work e-mail').fill('not-an-address');
  // A person takes longer than the form's minimum fill time (3 s).
  await page.waitForTimeout(3_200);
  await page.getByRole('button', { name: 'Send application' }).click();
  await expect(page.getByText('Enter an e-mail address like name@company.com.').first()).toBeVisible();
  await expect(page.getByLabel('Company legal name')).toHaveValue(company);
  await expect(page.getByLabel('Cloud')).toBeChecked();
  await page.getByLabel('Work e-mail').fill(email);
  await page.waitForTimeout(3_200);
  await page.getByRole('button', { name: 'Send application' }).click();
  await expect(page.getByText(/we have sent a confirmation link/)).toBeVisible();

  const mail = await mailTo(email, 'apply/confirm?token=');
  const link = mail.match(/http\S+apply\/confirm\?token=[A-Za-z0-9_-]+/)![0];
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await page.getByRole('button', { name: 'Confirm and send my application' }).click();
  await expect(page.getByText('Your e-mail is confirmed and your application is with our channel team.')).toBeVisible();

  const staff = await browser.newPage();
  await signIn(staff, 'manager@vendor.example');
  await staff.goto('/companies');
  await staff.getByRole('link', { name: 'Applications' }).click();
  await expect(staff.getByRole('heading', { name: 'Partner applications' })).toBeVisible();
  await staff.getByRole('link', { name: company }).click();
  await expect(staff.getByRole('heading', { name: company })).toBeVisible();
  await expect(staff.getByText('We look after 300 customers in Lyon.')).toBeVisible();
  await expect(staff.getByLabel('Region')).toHaveValue('EMEA');
  await staff.getByRole('button', { name: 'Approve and invite' }).click();
  await expect(staff.getByRole('heading', { name: company })).toBeVisible();
  await expect(staff).toHaveURL(/\/companies\/\d+/);
  await staff.close();

  const invitation = await mailTo(email, 'invitation?token=');
  const invite = invitation.match(/http\S+invitation\?token=[A-Za-z0-9_-]+/)![0];
  await page.goto(invite.replace(/^https?:\/\/[^/]+/, ''));
  await expect(page.getByRole('heading', { name: 'Accept your invitation' })).toBeVisible();
  await page.getByLabel('Choose a password').fill(`${PASSWORD}-new`);
  await page.getByLabel('Repeat the password').fill(`${PASSWORD}-new`);
  await page.getByRole('button', { name: 'Join and sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByText(company).first()).toBeVisible();

  // The program terms first: only the home page is open until accepted.
  const card = page.locator('#terms');
  await expect(card.getByRole('heading', { name: 'Program terms, version 1' })).toBeVisible();
  if (process.env.SCREENSHOTS && info.project.name === 'js-on') {
    await page.screenshot({ path: 'screenshots/home-terms-desktop.png', fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: 'screenshots/home-terms-phone.png', fullPage: true });
    await page.setViewportSize({ width: 1440, height: 900 });
  }
  await page.goto('/deals');
  await expect(page.getByText(/has not accepted the partner program terms/).first()).toBeVisible();
  await page.goto('/');
  await page.locator('#terms').getByRole('link', { name: 'Review and accept' }).click();
  await expect(page.getByRole('heading', { name: 'Partner Program Agreement' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '2. Deal registration' })).toBeVisible();
  await page.getByRole('button', { name: 'Accept version 1 for my company' }).click();
  await expect(page.getByText('Thank you: the terms are accepted and the whole portal is open to your team.')).toBeVisible();
  await expect(page.getByText(/Accepted for your company by Inès Laurent/)).toBeVisible();
  await page.goto('/deals');
  await expect(page.getByRole('heading', { name: 'My deals' })).toBeVisible();
  // The first screen lists what is left to do.
  await page.goto('/');
  const steps = page.locator('#checklist');
  await expect(steps.getByRole('heading', { name: 'Getting started' })).toBeVisible();
  await expect(steps.getByText('1 of 3 steps done')).toBeVisible();
  await expect(steps.getByRole('link', { name: 'Register your first deal' })).toHaveAttribute('href', '/deals/new');
});

test('staff see who accepted the program terms', async ({ page }) => {
  await signIn(page, 'manager@vendor.example');
  await page.goto('/companies');
  await page.getByRole('link', { name: 'Program terms' }).click();
  await expect(page.getByRole('heading', { name: 'Program terms', exact: true })).toBeVisible();
  const acceptances = page.getByRole('region', { name: 'Acceptances of version 1' });
  await expect(acceptances.getByRole('link', { name: 'Northwind Systems' })).toBeVisible();
  await expect(acceptances.getByText('Nora Winters')).toBeVisible();
  // Publishing is the vendor admin's.
  await expect(page.getByRole('button', { name: 'Publish' })).toHaveCount(0);
  // The approved list shows each new partner's progress and the ramp time.
  await page.goto('/companies/applications?status=approved');
  await expect(page.getByRole('heading', { name: 'Ramp time' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ramp time' }).getByText('12 days')).toBeVisible();
});

test('the vetting queue shows likely duplicates and past decisions', async ({ page }) => {
  await signIn(page, 'manager@vendor.example');
  await page.goto('/companies/applications');
  await page.getByRole('link', { name: 'Northwind Systems Europe' }).click();
  const dups = page.getByRole('region', { name: 'Possible duplicates' });
  await expect(dups.getByRole('link', { name: 'Northwind Systems', exact: true })).toBeVisible();
  await expect(dups.getByText('Same website domain')).toBeVisible();
  // A decline without a real reason is refused at its field, keeping
  // what was typed (with JavaScript off too), and decides nothing.
  await page.getByLabel('Reason').fill('no');
  await page.getByRole('button', { name: 'Decline and e-mail the reason' }).click();
  await expect(page.getByText('Give the applicant a reason (3 characters at least).')).toBeVisible();
  await expect(page.getByLabel('Reason')).toHaveValue('no');
  await expect(page.getByText('Waiting for review')).toBeVisible();
  await page.goto('/companies/applications?status=declined');
  await page.getByRole('link', { name: 'Quick Margin Resale' }).click();
  await expect(page.getByText(/not adding online-only resellers/)).toBeVisible();
});

test('a terms version that is too short is refused at its field', async ({ page }) => {
  await signIn(page, 'admin@vendor.example');
  await page.goto('/companies/terms');
  await page.getByLabel('Title').fill('Agreement 2027');
  await page.getByLabel('Terms (Markdown)').fill('Too short');
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Write the terms (20 characters at least).')).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue('Agreement 2027');
  await expect(page.getByLabel('Terms (Markdown)')).toHaveValue('Too short');
  await expect(page.getByRole('region', { name: 'Versions' }).getByText('v2')).toHaveCount(0);
});
