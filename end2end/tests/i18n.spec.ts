import { test, expect, Page, BrowserContext } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PASSWORD, uniqueCustomer } from './helpers';

// The portal in German and Japanese: the switcher (with and without
// JavaScript), the language a browser asks for, the deal registration and
// MDF request flows, money and dates in the locale's format (ICU's, through
// Node's Intl, is the reference), no English left on those pages, and axe
// on the main pages in Japanese. Expected words come from the locale files,
// so a better translation does not break a test.

const LOCALES = join(__dirname, '..', '..', 'locales');

/** The single-line messages of a locale: key -> text. */
function messages(lang: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(join(LOCALES, lang)).filter((f) => f.endsWith('.ftl'))) {
    for (const line of readFileSync(join(LOCALES, lang, f), 'utf8').split('\n')) {
      const m = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
      if (m && !m[2].includes('{')) out.set(m[1], m[2].trim());
    }
  }
  return out;
}

const de = messages('de');
const ja = messages('ja');
const en = messages('en');
const say = (m: Map<string, string>, key: string) => {
  const v = m.get(key);
  if (!v) throw new Error(`no single-line message ${key}`);
  return v;
};

async function chooseLanguage(context: BrowserContext, lang: string) {
  const url = process.env.PORTAL_URL ?? 'http://127.0.0.1:3100';
  await context.addCookies([{ name: 'portal_lang', value: lang, url }]);
}

/** Signs in by the form's field names, whatever the page's language. */
async function signInIn(page: Page, email: string, m: Map<string, string>) {
  await page.goto('/login');
  await page.locator('input[name=email]').fill(email);
  await page.locator('input[name=password]').fill(PASSWORD);
  await page.getByRole('button', { name: say(m, 'login-submit') }).click();
  await expect(page.getByRole('button', { name: say(m, 'layout-sign-out') })).toBeVisible();
}

/** Money as ICU writes it in `lang` (minor units only when there are some). */
function money(lang: string, major: number, currency: string): string {
  return new Intl.NumberFormat(lang, { style: 'currency', currency, maximumFractionDigits: 0 }).format(major);
}

test('the switcher changes the language, with or without JavaScript', async ({ page }) => {
  await page.goto('/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('.lang-switch summary').click();
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { name: say(de, 'login-title') })).toBeVisible();
  await expect(page.getByLabel(say(de, 'field-password'))).toBeVisible();
  // The choice is kept: the next page is German too.
  await page.goto('/forgot-password');
  await expect(page.getByRole('heading', { name: say(de, 'forgot-title') })).toBeVisible();
  // Signed in (a person no other test uses: the choice goes to the profile),
  // the header's switcher changes the language and the profile keeps it.
  await page.goto('/login');
  await page.locator('input[name=email]').fill('jonas@contoso-cloud.example');
  await page.locator('input[name=password]').fill(PASSWORD);
  await page.locator('main form[action="/api/auth/login"] button[type=submit]').click();
  await expect(page.locator('.usermenu form button')).toBeVisible();
  await page.locator('.topbar .lang-switch summary').click();
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('link', { name: say(de, 'nav-funds'), exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: say(de, 'layout-sign-out') })).toBeVisible();
  await page.locator('.topbar .lang-switch summary').click();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: say(en, 'layout-sign-out') })).toBeVisible();
});

test.describe('a browser that asks for Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('gets the sign-in page in Japanese, hydrated without a flash of English', async ({ page }, info) => {
    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { name: say(ja, 'login-title') })).toBeVisible();
    if (info.project.name === 'js-on') {
      await expect(page.locator('body[data-hydrated]')).toHaveCount(1, { timeout: 15_000 });
      await expect(page.getByRole('heading', { name: say(ja, 'login-title') })).toBeVisible();
      await expect(page.getByText(say(en, 'login-lead'))).toHaveCount(0);
    }
  });
});

// Both flows in both languages: what people type (a decimal comma and
// thousands dots in German) and what the pages show come from the locale.
const flows: { lang: 'de' | 'ja'; m: Map<string, string>; typed: string }[] = [
  { lang: 'de', m: de, typed: '48.000,50' },
  { lang: 'ja', m: ja, typed: '48,000.50' },
];

for (const { lang, m, typed } of flows) {
  test(`register a deal in ${lang}: its words, its money, no English`, async ({ page, context }, info) => {
    test.setTimeout(60_000);
    await chooseLanguage(context, lang);
    await signInIn(page, 'carla@contoso-cloud.example', m);
    await page.getByRole('link', { name: say(m, 'layout-register-deal') }).first().click();
    await expect(page.locator('input[name=customer_name]')).toBeVisible();
    const customer = uniqueCustomer('Fabrikam');
    await page.locator('input[name=customer_name]').fill(customer);
    await page.locator('input[name=customer_domain]').fill(`${lang}${info.project.name}${Date.now().toString(36)}.fabrikam.example`);
    await page.locator('input[name=contact_name]').fill('Olga Berg');
    await page.locator('input[name=contact_email]').fill('olga@fabrikam.example');
    await page.getByText('Nimbus Analytics').click();
    await page.locator('input[name=value]').fill(typed);
    const currency = await page.locator('select[name=currency]').inputValue();
    await page.getByRole('button', { name: say(m, 'deal-form-submit'), exact: true }).click();
    await expect(page.getByRole('heading', { name: customer })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByText(say(m, 'deal-status-submitted')).first()).toBeVisible();
    const value = new Intl.NumberFormat(lang, { style: 'currency', currency }).format(48000.5);
    await expect(page.getByText(value).first()).toBeVisible();
    // ("Deals" is German too: only words the language writes differently.)
    for (const english of [say(en, 'deal-status-submitted'), say(en, 'layout-sign-out'), say(en, 'nav-funds')]) {
      await expect(page.getByText(english, { exact: true })).toHaveCount(0);
    }
  });

  test(`request marketing funds in ${lang}: its words, amounts and dates`, async ({ page, context }, info) => {
    test.setTimeout(60_000);
    await chooseLanguage(context, lang);
    await signInIn(page, 'carla@contoso-cloud.example', m);
    await page.goto('/mdf/new');
    await expect(page.locator('input[name=title]')).toBeVisible();
    const title = `${lang === 'ja' ? 'パートナーデー' : 'Partnertag'} ${info.project.name} ${Date.now().toString(36)}`;
    const when = new Date(Date.now() - 86_400_000);
    const day = when.toISOString().slice(0, 10);
    await page.locator('select[name=activity_type]').selectOption('event');
    await page.locator('input[name=title]').fill(title);
    await page.locator('input[name=starts_on]').fill(day);
    await page.locator('input[name=ends_on]').fill(day);
    await page.locator('input[name=total_cost]').fill('3000');
    await page.locator('input[name=requested]').fill('2000');
    await page.getByRole('button', { name: say(m, 'mdf-form-submit'), exact: true }).click();
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByText(say(m, 'mdf-status-submitted')).first()).toBeVisible();
    // Contoso Cloud GmbH's fund is in euros (demo data).
    await expect(page.getByText(money(lang, 2000, 'EUR')).first()).toBeVisible();
    await expect(page.getByText(say(en, 'mdf-status-submitted'), { exact: true })).toHaveCount(0);
    // The activity's date as the language writes it (2026/12/06, 06.12.2026).
    const [y, mo, d] = day.split('-');
    await expect(page.getByText(lang === 'ja' ? `${y}/${mo}/${d}` : `${d}.${mo}.${y}`).first()).toBeVisible();
  });
}

const japanesePages: [string | null, string][] = [
  [null, '/login'],
  ['sam@northwind.example', '/'],
  ['sam@northwind.example', '/deals'],
  ['sam@northwind.example', '/deals/new'],
  ['nora@northwind.example', '/mdf'],
  ['sam@northwind.example', '/mdf/new'],
  ['nora@northwind.example', '/tier'],
  ['manager@vendor.example', '/approvals'],
  ['admin@vendor.example', '/dashboard'],
];

for (const [who, path] of japanesePages) {
  test(`accessibility in Japanese ${path} as ${who ?? 'guest'}`, async ({ page, context }, info) => {
    test.skip(info.project.name !== 'js-on', 'checked once, on the hydrated page');
    await chooseLanguage(context, 'ja');
    if (who) await signInIn(page, who, ja);
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    for (const v of result.violations) {
      console.log(`[axe ja ${path}] ${v.impact} ${v.id}: ${v.help} (${v.nodes.length})`);
    }
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
}
