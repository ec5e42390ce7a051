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

async function wrap(dataKey: CryptoKey, passphrase: string, iterations: number): Promise<KeyRecord> {
  const salt = randomBytes(16);
  const wrapIv = randomBytes(12);
  const kek = await deriveKey(passphrase, salt, iterations);
  const wrapped = new Uint8Array(await subtle().wrapKey('raw', dataKey, kek, { name: 'AES-GCM', iv: wrapIv }));
  return { format: KEY_RECORD_FORMAT, kdf: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), wrapIv: toBase64(wrapIv), wrappedKey: toBase64(wrapped), createdAt: new Date().toISOString() };
}

/** Creates a new data key and returns its wrapped record (under the NFKC passphrase) and a non-extractable copy for use. */
export async function createKeyRecord(passphrase: string, iterations = DEFAULT_ITERATIONS): Promise<{ record: KeyRecord; key: CryptoKey }> {
  const extractable = await subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  const record = await wrap(extractable, normalisePassphrase(passphrase), iterations);
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
 * raw form worked, also returns the same key re-wrapped under the NFKC form, for the caller to store.
 */
export async function unlockKeyRecord(record: KeyRecord, passphrase: string): Promise<{ key: CryptoKey; rewrapped: KeyRecord | null }> {
  const [nfkc, ...older] = passphraseForms(passphrase);
  for (const form of [nfkc!, ...older]) {
    const rewrap = form !== nfkc;
    let key: CryptoKey;
    try {
      key = await unwrapKey(record, form, rewrap);
    } catch (e) {
      if (e instanceof WrongPassphraseError) continue;
      throw e;
    }
    if (!rewrap) return { key, rewrapped: null };
    return { key: await nonExtractable(key), rewrapped: await wrap(key, nfkc!, record.iterations) };
  }
  throw new WrongPassphraseError();
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

/** Re-wraps the same data key under the new NFKC passphrase: notes are not re-encrypted. The extractable copy is dropped at once. */
export async function changePassphrase(record: KeyRecord, current: string, next: string, iterations = record.iterations): Promise<KeyRecord> {
  for (const form of passphraseForms(current)) {
    const extractable = await unwrapKey(record, form, true).catch((e: unknown) => {
      if (e instanceof WrongPassphraseError) return null;
      throw e;
    });
    if (extractable) return wrap(extractable, normalisePassphrase(next), iterations);
  }
  throw new WrongPassphraseError();
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

/** A hint, not a gate beyond the 8-character minimum: length and variety. */
export function passphraseStrength(p: string): 'too-short' | 'weak' | 'fair' | 'strong' {
  if (p.length < 8) return 'too-short';
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(p)).length;
  const words = p.trim().split(/\s+/).length;
  if (p.length >= 16 || (words >= 4 && p.length >= 14) || (p.length >= 12 && kinds >= 3)) return 'strong';
  if (p.length >= 10 || kinds >= 3) return 'fair';
  return 'weak';
}
