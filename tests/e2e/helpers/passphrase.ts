/** The notes set-up screen as a user fills it: the passphrase twice, then "Set passphrase and continue". */
import type { Page } from 'playwright-core';

export async function setPassphrase(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Confirm passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Set passphrase and continue' }).click();
}
