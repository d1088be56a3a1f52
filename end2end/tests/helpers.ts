import { expect, Page } from '@playwright/test';

export const PASSWORD = 'portal-demo-2026';

/** Signs in through the login form and waits for the signed-in shell. */
export async function signIn(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/**
 * A customer name that no other run's resembles. The conflict check treats
 * similar names as the same customer (Jaro-Winkler), so a shared word plus a
 * clock ("Fabrikam jsonmx5b...", "Fabrikam jsoffmx5b...") made the second
 * registration a duplicate of the first: the random part goes first.
 */
export const uniqueCustomer = (word: string) =>
  `${Math.random().toString(36).slice(2, 10).padEnd(8, 'q')} ${word}`;

/**
 * The newest e-mail to `to` in the test-only mail sink (scripts/e2e.sh
 * starts it and points the portal's SMTP at it), decoded from
 * quoted-printable; waits up to 15 s for the outbox worker to send it.
 * With `containing`, the newest such mail whose text has it (a later
 * mail to the same address, not the one before it).
 */
export async function mailTo(to: string, containing?: string): Promise<string> {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const dir = process.env.PORTAL_MAIL_DIR;
  if (!dir) throw new Error('PORTAL_MAIL_DIR is not set: run the suite through scripts/e2e.sh');
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const found = readdirSync(dir)
      .sort()
      .reverse()
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .filter((m) => m.startsWith(`X-Sink-To: ${to}\r\n`))
      .map((m) => m.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))))
      .find((m) => !containing || m.includes(containing));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail to ${to} within 15 s`);
}
