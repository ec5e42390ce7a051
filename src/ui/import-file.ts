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

export type ChosenText = { ok: true; name: string; text: string } | { ok: false; tooLarge: { file: string; size: number; limit: number } };

/**
 * The text of the file chosen in an import field, or, when it is over the limit, its name, size and the limit in MB
 * for the refusal message. The field is cleared, so the same file can be chosen again after a fix.
 */
export async function readChosenFile(input: HTMLInputElement, limit: number): Promise<ChosenText | null> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return null;
  try {
    return { ok: true, name: file.name, text: await readFileWithin(file, limit) };
  } catch (err) {
    if (err instanceof FileTooLargeError) return { ok: false, tooLarge: { file: file.name, size: megabytes(err.size), limit: megabytes(err.limit) } };
    throw err;
  }
}

const MB = 1024 * 1024;
/** Megabytes for messages: 52428800 → 50, 62914560 → 60, 1.25 MB → 1.3. */
export const megabytes = (bytes: number): number => Math.round((bytes / MB) * 10) / 10;

/** A localStorage write refused for space: QuotaExceededError (Chromium, WebKit, Firefox) or Firefox's older name. */
export function isQuotaExceeded(e: unknown): boolean {
  const name = (e as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
