/**
 * Notes at scale: 5,000 encrypted notes in the real app (real IndexedDB, real WebCrypto), imported through the
 * app's own backup import. Times are taken in the page, from the user's action to the DOM showing its effect.
 */
import { readFileSync } from 'node:fs';
import { summarise } from './stats.mjs';

const COUNT = 5_000;
const PASS = 'bench passphrase for five thousand notes';
const TRIALS = 5;

/** 5,000 notes cloned from the golden plain backup, each with its own id, initials and text, dated this week. */
export function makeBackup(count = COUNT, now = new Date()) {
  const template = JSON.parse(readFileSync('tests/fixtures/notes/backup-plain.json', 'utf8'));
  const base = template.notes[0];
  const levels = ['green', 'amber', 'red'];
  const notes = Array.from({ length: count }, (_, i) => {
    const when = new Date(now.getTime() - i * 60_000).toISOString();
    const initials = `${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + (Math.floor(i / 26) % 26))}`;
    return {
      ...base,
      id: crypto.randomUUID(),
      createdAt: when,
      updatedAt: when,
      levelId: levels[i % 3],
      content: { ...base.content, childRef: `Child ${initials}`, writtenAt: when, fields: { ...base.content.fields, whatHappened: `${base.content.fields.whatHappened} Bench note ${i}.` } },
    };
  });
  return JSON.stringify({ ...template, exportedAt: now.toISOString(), notes });
}

/** Resolves, in the page, with ms from the next `trigger` event on the page to the moment `selector` matches. */
function armTimer(page, trigger, selector) {
  return page.evaluate(
    ({ trigger, selector }) => {
      window.__benchTimer = new Promise((resolve) => {
        document.addEventListener(
          trigger,
          () => {
            const start = performance.now();
            const check = () => {
              if (!document.querySelector(selector)) return;
              observer.disconnect();
              resolve(performance.now() - start);
            };
            const observer = new MutationObserver(check);
            observer.observe(document.body, { childList: true, subtree: true, characterData: true });
            check();
          },
          { capture: true, once: true },
        );
      });
    },
    { trigger, selector },
  );
}
/** A step whose effect never shows fails the bench instead of hanging it (page.evaluate has no timeout of its own). */
const readTimer = (page, step) =>
  page.evaluate(
    (step) => Promise.race([window.__benchTimer, new Promise((_, reject) => setTimeout(() => reject(new Error(`bench: ${step} never showed its effect`)), 60_000))]),
    step,
  );

export async function benchNotes(context, origin) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${origin}/notes`);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await page.getByLabel('Confirm passphrase').fill(PASS);
  await page.getByRole('button', { name: 'Set passphrase and continue' }).click();
  await page.getByRole('button', { name: 'New note' }).waitFor();
  await page.getByLabel('Import backup').setInputFiles({ name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(makeBackup()) });
  await page.getByRole('status').getByText(`Imported ${COUNT} notes`).waitFor({ timeout: 180_000 });

  const unlock = [];
  const list = [];
  const search = [];
  const exportText = [];
  const exportJson = [];
  const firstItem = 'ul.notes-items li';
  /** Search, filters, counts and export wait for every note to be decrypted; the count shows when they are. */
  const allDecrypted = () => page.getByRole('status').getByText(`Showing ${COUNT} of ${COUNT} notes`).waitFor({ timeout: 60_000 });
  for (let i = 0; i < TRIALS; i++) {
    // Unlock: pressing Unlock → the first saved note listed (key derivation, decrypting all, first render).
    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
    await armTimer(page, 'click', firstItem);
    await page.getByRole('button', { name: 'Unlock' }).click();
    unlock.push(await readTimer(page, 'unlock'));
    await allDecrypted();

    // List first render: following the Notes link while unlocked → the first saved note listed.
    await page.getByRole('link', { name: 'Classify' }).click();
    await page.getByLabel('Age (years)').waitFor();
    await armTimer(page, 'click', firstItem);
    await page.getByRole('link', { name: 'Notes' }).click();
    list.push(await readTimer(page, 'list'));
    await allDecrypted();

    // Search: one query typed into "Search notes" → the count reads the filtered total.
    const box = page.getByRole('searchbox', { name: 'Search notes' });
    await armTimer(page, 'input', 'ul.notes-items li:only-child');
    await box.fill(`Bench note ${Math.floor(COUNT * 0.86)}.`);
    search.push(await readTimer(page, 'search'));
    await box.fill('');

    for (const [format, out] of [['Text for your case system (SUMMARY / ACTION / OUTCOME)', exportText], ['Encrypted backup (JSON)', exportJson]]) {
      await page.getByRole('button', { name: 'Export' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('radio', { name: format, exact: true }).check();
      const backupPass = dialog.getByLabel('Backup passphrase (at least 8 characters)');
      if (await backupPass.count()) {
        await backupPass.fill('backup passphrase');
        await dialog.getByLabel('Confirm backup passphrase').fill('backup passphrase');
      }
      const start = Date.now();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), dialog.getByRole('button', { name: 'Export now' }).click()]);
      out.push(Date.now() - start);
      await download.delete();
      await dialog.getByRole('button', { name: 'Keep for now' }).click();
    }
  }
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await page.close();
  return {
    notes: COUNT,
    trials: TRIALS,
    unlockMs: summarise(unlock),
    listFirstRenderMs: summarise(list),
    searchMs: summarise(search),
    exportTextMs: summarise(exportText),
    exportJsonMs: summarise(exportJson),
    heapAfterMB: Math.round((heap.usedSize / 1024 / 1024) * 10) / 10,
  };
}
