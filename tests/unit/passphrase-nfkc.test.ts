// @vitest-environment node
/** Passphrases are NFKC-normalised wherever a key is derived; vaults and backups made before still open. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { changePassphrase, createKeyRecord, unlockKeyRecord, unwrapKey, WrongPassphraseError, type KeyRecord } from '../../src/lock/crypto';
import { makeBackup, readBackup } from '../../src/transfer/backup';
import { NotesDb, type MetaRow } from '../../src/vault/db';
import type { StoredLifeEvent, StoredNote } from '../../src/records/model';
import { NotesRepository } from '../../src/vault/repository';
import { databasesForEachTest } from './helpers/old-database';

const FAST = 1_000;
/** The same words three ways: with the "ﬁ" ligature (U+FB01), in full-width letters, and in plain ASCII (their NFKC form). */
const LIGATURE = '\uFB01nd the \uFB01sh \uFB01ngers';
const FULL_WIDTH = 'ｆｉｎｄ ｔｈｅ ｆｉｓｈ ｆｉｎｇｅｒｓ';
const ASCII = 'find the fish fingers';

/** A vault and a backup made by the app at commit 527899e, before normalisation, under the raw ligature passphrase. */
const oldVault = JSON.parse(readFileSync('tests/fixtures/notes/db-v3-id-aad.json', 'utf8')) as { passphrase: string; meta: MetaRow[]; notes: StoredNote[]; events: StoredLifeEvent[] };
const oldBackup = readFileSync('tests/fixtures/notes/backup-raw-passphrase.json', 'utf8');

const databases = databasesForEachTest('nfkc');

async function oldVaultRepo(): Promise<NotesRepository> {
  return new NotesRepository(databases.track(new NotesDb(await databases.old(oldVault))), FAST);
}

describe('NFKC passphrases', () => {
  it('the test passphrases differ as typed and agree under NFKC', () => {
    expect(new Set([LIGATURE, FULL_WIDTH, ASCII]).size).toBe(3);
    expect(oldVault.passphrase).toBe(LIGATURE);
    expect([LIGATURE.normalize('NFKC'), FULL_WIDTH.normalize('NFKC')]).toEqual([ASCII, ASCII]);
  });

  it('set-up and unlock: a vault set up in full-width letters unlocks with the ligature or plain letters', async () => {
    const { record } = await createKeyRecord(FULL_WIDTH, FAST);
    for (const typed of [FULL_WIDTH, LIGATURE, ASCII]) expect((await unlockKeyRecord(record, typed)).rewrapped).toBeNull();
    // Wrapped under the NFKC form itself.
    await expect(unwrapKey(record, ASCII)).resolves.toBeTruthy();
    await expect(unlockKeyRecord(record, 'find the fish finger')).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('change: the new passphrase is normalised, and the current one is accepted in any form', async () => {
    const { record } = await createKeyRecord(ASCII, FAST);
    const changed = await changePassphrase(record, FULL_WIDTH, 'ｎｅｗ ｐａｓｓｐｈｒａｓｅ');
    await expect(unwrapKey(changed, 'new passphrase')).resolves.toBeTruthy();
  });

  it('a vault set up before normalisation, with the raw ligature, still unlocks, and is re-wrapped under the NFKC form', async () => {
    const repo = await oldVaultRepo();
    const before = (await repo.db.keyRecord())!;
    await expect(unwrapKey(before, ASCII)).rejects.toBeInstanceOf(WrongPassphraseError);
    await repo.unlock(LIGATURE);
    expect((await repo.list()).map((x) => x.content.fields.whatHappened).sort()).toEqual(['Old-format note one', 'Old-format note two']);
    const after = (await repo.db.keyRecord())!;
    expect(after.wrappedKey).not.toBe(before.wrappedKey);
    await expect(unwrapKey(after, ASCII)).resolves.toBeTruthy();
    await expect(unwrapKey(after, LIGATURE)).rejects.toBeInstanceOf(WrongPassphraseError);
    repo.lock();
    await repo.unlock(FULL_WIDTH);
    expect(await repo.list()).toHaveLength(2);
  });

  it('changing the passphrase of a vault set up before normalisation takes the raw current passphrase', async () => {
    const record = oldVault.meta[0]!.value as KeyRecord;
    const changed = await changePassphrase(record, LIGATURE, 'a new passphrase');
    await expect(unwrapKey(changed, 'a new passphrase')).resolves.toBeTruthy();
  });

  it('encrypted backups: made under the NFKC form, and one made before normalisation still opens', async () => {
    const at = '2026-05-04T09:30:00.000Z';
    const note = { id: crypto.randomUUID(), createdAt: at, updatedAt: at, levelId: null, status: 'draft' as const, exportedAt: null, content: { templateId: 'incident', childRef: 'AB', observedAt: '', writtenAt: at, fields: { whatHappened: 'x' }, classification: null } };
    const made = await makeBackup([note], [], LIGATURE, 100_000);
    expect((await readBackup(made, FULL_WIDTH)).notes.map((x) => x.id)).toEqual([note.id]);
    expect((await readBackup(oldBackup, LIGATURE)).notes[0]!.content.fields.whatHappened).toBe('Backed up before NFKC');
    await expect(readBackup(oldBackup, 'find the fish finger')).rejects.toMatchObject({ problem: 'wrong-passphrase' });
  });
});
