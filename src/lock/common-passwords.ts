/** Loads the common-password list only where a passphrase is chosen (set-up, change): it is data, precached for offline. */
import type { CommonPasswords } from './passphrase-rule';

export const COMMON_PASSWORDS_URL = '/data/common-passwords.json';

let loading: Promise<CommonPasswords> | null = null;

/** The list as a set, fetched once per page; a failed fetch yields an empty list (the length rule still holds) and is retried next time. */
export function loadCommonPasswords(): Promise<CommonPasswords> {
  loading ??= fetch(COMMON_PASSWORDS_URL)
    .then((r) => (r.ok ? (r.json() as Promise<{ entries: string[] }>) : Promise.reject(new Error(String(r.status)))))
    .then((data) => new Set(data.entries.map((e) => e.toLowerCase())))
    .catch(() => {
      loading = null;
      return new Set<string>();
    });
  return loading;
}
