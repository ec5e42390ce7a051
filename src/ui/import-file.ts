/**
 * What every file import shares: the size is checked before a byte is read (a huge file is refused at once instead of
 * filling memory), and a full localStorage (where imported packs are kept) is told apart from other failures.
 */

export class FileTooLargeError extends Error {
  constructor(
    readonly size: number,
    readonly limit: number,
  ) {
    super('file-too-large');
    this.name = 'FileTooLargeError';
  }
}

/** Reads a chosen file as text, refusing it by its size alone when it is over the limit. */
export async function readFileWithin(file: Blob, limit: number): Promise<string> {
  if (file.size > limit) throw new FileTooLargeError(file.size, limit);
  return file.text();
}

const MB = 1024 * 1024;
/** Megabytes for messages: 52428800 → 50, 62914560 → 60, 1.25 MB → 1.3. */
export const megabytes = (bytes: number): number => Math.round((bytes / MB) * 10) / 10;

/** A localStorage write refused for space: QuotaExceededError (Chromium, WebKit, Firefox) or Firefox's older name. */
export function isQuotaExceeded(e: unknown): boolean {
  const name = (e as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
