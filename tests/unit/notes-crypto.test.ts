// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { changePassphrase, createKeyRecord, DEFAULT_ITERATIONS, open, seal, unwrapKey, WrongPassphraseError } from '../../src/lock/crypto';

const FAST = 1_000;

describe('key hierarchy', () => {
  it('stores the KDF, iterations, salt and format with the wrapped key, and no passphrase', async () => {
    const { record } = await createKeyRecord('correct horse battery', FAST);
    expect(record).toMatchObject({ format: 1, kdf: 'PBKDF2-SHA256', iterations: FAST });
    expect(atob(record.salt)).toHaveLength(16);
    expect(JSON.stringify(record)).not.toContain('correct horse');
  });

  it('uses at least 600,000 iterations by default, and unwraps a non-extractable key', async () => {
    expect(DEFAULT_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const { record, key } = await createKeyRecord('a real passphrase');
    expect(record.iterations).toBe(DEFAULT_ITERATIONS);
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('round-trips note content', async () => {
    const { key } = await createKeyRecord('passphrase one', FAST);
    const sealed = await seal(key, 'note-1', { whatHappened: 'marker-123' });
    expect(sealed.ct).not.toContain('marker');
    expect(await open(key, 'note-1', sealed)).toEqual({ whatHappened: 'marker-123' });
  });

  it('detects a wrong passphrase by a failed unwrap', async () => {
    const { record } = await createKeyRecord('passphrase one', FAST);
    await expect(unwrapKey(record, 'passphrase two')).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('rejects tampered ciphertext', async () => {
    const { key } = await createKeyRecord('passphrase one', FAST);
    const sealed = await seal(key, 'n', { a: 1 });
    const bytes = Uint8Array.from(atob(sealed.ct), (c) => c.charCodeAt(0));
    bytes[0]! ^= 1;
    await expect(open(key, 'n', { ...sealed, ct: btoa(String.fromCharCode(...bytes)) })).rejects.toThrow();
  });

  it('binds ciphertext to its note id', async () => {
    const { key } = await createKeyRecord('passphrase one', FAST);
    const sealed = await seal(key, 'note-a', { a: 1 });
    await expect(open(key, 'note-b', sealed)).rejects.toThrow();
  });

  it('never reuses an IV across 10,000 encryptions', async () => {
    const { key } = await createKeyRecord('passphrase one', FAST);
    const ivs = new Set<string>();
    for (let i = 0; i < 10_000; i++) ivs.add((await seal(key, 'n', i)).iv);
    expect(ivs.size).toBe(10_000);
  });

  it('changes the passphrase by re-wrapping the same data key', async () => {
    const { record, key } = await createKeyRecord('old passphrase', FAST);
    const sealed = await seal(key, 'n', 'still readable');
    const updated = await changePassphrase(record, 'old passphrase', 'new passphrase');
    await expect(unwrapKey(updated, 'old passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(await open(await unwrapKey(updated, 'new passphrase'), 'n', sealed)).toBe('still readable');
    await expect(changePassphrase(record, 'wrong', 'x')).rejects.toBeInstanceOf(WrongPassphraseError);
  });
});
