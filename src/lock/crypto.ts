/**
 * Key hierarchy, WebCrypto only: a random AES-GCM-256 data key, wrapped by a PBKDF2-SHA256 key from the
 * passphrase. No passphrase or hash is stored: a wrong passphrase shows up as a failed unwrap.
 */
export const DEFAULT_ITERATIONS = 600_000;
export const KEY_RECORD_FORMAT = 1;

export interface KeyRecord {
  format: typeof KEY_RECORD_FORMAT;
  kdf: 'PBKDF2-SHA256';
  iterations: number;
  salt: string;
  wrapIv: string;
  wrappedKey: string;
  createdAt: string;
  /** Names the data key (not secret): a new key gets a new id, so a tab still holding the old key can be refused. Absent before re-keying existed. */
  keyId?: string;
}

export interface Sealed {
  iv: string;
  ct: string;
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('wrong-passphrase');
    this.name = 'WrongPassphraseError';
  }
}

const subtle = () => globalThis.crypto.subtle;
const enc = new TextEncoder();
const dec = new TextDecoder();

export const toBase64 = (bytes: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};
/**
 * Passphrases are NFKC-normalised before any key is derived, so the same words typed as a ligature ("ﬁ"), in
 * full-width letters or with composed accents derive the same key on any keyboard.
 */
export const normalisePassphrase = (passphrase: string): string => passphrase.normalize('NFKC');

/** The forms to try on something sealed under a passphrase: NFKC first, then the raw form it had before normalisation. */
export function passphraseForms(passphrase: string): string[] {
  const nfkc = normalisePassphrase(passphrase);
  return nfkc === passphrase ? [nfkc] : [nfkc, passphrase];
}

export const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
export const randomBytes = (n: number): Uint8Array<ArrayBuffer> => globalThis.crypto.getRandomValues(new Uint8Array(n));

export async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const base = await subtle().importKey('raw', enc.encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, { name: 'AES-GCM', length: 256 }, false, ['wrapKey', 'unwrapKey', 'encrypt', 'decrypt']);
}

async function wrap(dataKey: CryptoKey, passphrase: string, iterations: number, keyId: string | undefined): Promise<KeyRecord> {
  const salt = randomBytes(16);
  const wrapIv = randomBytes(12);
  const kek = await deriveKey(passphrase, salt, iterations);
  const wrapped = new Uint8Array(await subtle().wrapKey('raw', dataKey, kek, { name: 'AES-GCM', iv: wrapIv }));
  const record: KeyRecord = { format: KEY_RECORD_FORMAT, kdf: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), wrapIv: toBase64(wrapIv), wrappedKey: toBase64(wrapped), createdAt: new Date().toISOString() };
  return keyId === undefined ? record : { ...record, keyId };
}

/** A new random data key, extractable only so it can be wrapped; callers use a non-extractable copy. */
const generateDataKey = () => subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);

/** Creates a new data key and returns its wrapped record (under the NFKC passphrase) and a non-extractable copy for use. */
export async function createKeyRecord(passphrase: string, iterations = DEFAULT_ITERATIONS): Promise<{ record: KeyRecord; key: CryptoKey }> {
  const extractable = await generateDataKey();
  const record = await wrap(extractable, normalisePassphrase(passphrase), iterations, crypto.randomUUID());
  return { record, key: await nonExtractable(extractable) };
}

/** A non-extractable copy of a key; the raw bytes are zeroed once imported. */
async function nonExtractable(key: CryptoKey): Promise<CryptoKey> {
  const raw = new Uint8Array(await subtle().exportKey('raw', key));
  try {
    return await subtle().importKey('raw', raw, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  } finally {
    raw.fill(0);
  }
}

/**
 * Unwraps the data key with the NFKC passphrase, or else the raw form (a vault set up before normalisation). When the
 * raw form worked, or the record has fewer than `minIterations`, also returns the same key re-wrapped under the NFKC
 * form with at least `minIterations`, for the caller to store.
 */
export async function unlockKeyRecord(record: KeyRecord, passphrase: string, minIterations = record.iterations): Promise<{ key: CryptoKey; rewrapped: KeyRecord | null }> {
  const [nfkc, ...older] = passphraseForms(passphrase);
  for (const form of [nfkc!, ...older]) {
    const rewrap = form !== nfkc || record.iterations < minIterations;
    let key: CryptoKey;
    try {
      key = await unwrapKey(record, form, rewrap);
    } catch (e) {
      if (e instanceof WrongPassphraseError) continue;
      throw e;
    }
    if (!rewrap) return { key, rewrapped: null };
    return { key: await nonExtractable(key), rewrapped: await wrap(key, nfkc!, Math.max(record.iterations, minIterations), record.keyId) };
  }
  throw new WrongPassphraseError();
}

/** The data key, non-extractable, from the current passphrase in any form (NFKC first); WrongPassphraseError otherwise. */
async function unwrapAnyForm(record: KeyRecord, passphrase: string, extractable: boolean): Promise<CryptoKey> {
  for (const form of passphraseForms(passphrase)) {
    const key = await unwrapKey(record, form, extractable).catch((e: unknown) => {
      if (e instanceof WrongPassphraseError) return null;
      throw e;
    });
    if (key) return key;
  }
  throw new WrongPassphraseError();
}

/**
 * Re-keying: checks the current passphrase, makes a new data key with a new id and wraps it under the new NFKC
 * passphrase. Returns the old key (to decrypt every record once more) and a non-extractable copy of the new one.
 */
export async function rekeyRecord(record: KeyRecord, current: string, next: string, iterations = record.iterations): Promise<{ oldKey: CryptoKey; key: CryptoKey; record: KeyRecord }> {
  const oldKey = await unwrapAnyForm(record, current, false);
  const extractable = await generateDataKey();
  const nextRecord = await wrap(extractable, normalisePassphrase(next), Math.max(record.iterations, iterations), crypto.randomUUID());
  return { oldKey, key: await nonExtractable(extractable), record: nextRecord };
}

/** The passphrase exactly as given: callers normalise (unlockKeyRecord, changePassphrase). */
export async function unwrapKey(record: KeyRecord, passphrase: string, extractable = false): Promise<CryptoKey> {
  const kek = await deriveKey(passphrase, fromBase64(record.salt), record.iterations);
  try {
    return await subtle().unwrapKey('raw', fromBase64(record.wrappedKey), kek, { name: 'AES-GCM', iv: fromBase64(record.wrapIv) }, { name: 'AES-GCM', length: 256 }, extractable, ['encrypt', 'decrypt']);
  } catch {
    throw new WrongPassphraseError();
  }
}

/**
 * Re-wraps the same data key (same id) under the new NFKC passphrase, with at least `iterations`: notes are not
 * re-encrypted. The extractable copy is dropped at once.
 */
export async function changePassphrase(record: KeyRecord, current: string, next: string, iterations = record.iterations): Promise<KeyRecord> {
  const extractable = await unwrapAnyForm(record, current, true);
  return wrap(extractable, normalisePassphrase(next), Math.max(record.iterations, iterations), record.keyId);
}

/** Encrypts JSON with a fresh 96-bit IV, binding `aad` (the repository's note:<id> or event:<id>) so ciphertexts cannot be swapped. */
export async function seal(key: CryptoKey, aad: string, value: unknown): Promise<Sealed> {
  const iv = randomBytes(12);
  const ct = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: enc.encode(aad) }, key, enc.encode(JSON.stringify(value)));
  return { iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
}

export async function open<T>(key: CryptoKey, aad: string, sealed: Sealed): Promise<T> {
  const plain = await subtle().decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: enc.encode(aad) }, key, fromBase64(sealed.ct));
  return JSON.parse(dec.decode(plain)) as T;
}
