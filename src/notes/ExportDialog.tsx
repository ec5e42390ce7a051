/** Export notes as text (case systems), encrypted or plain JSON backup, CSV, or print; then offer "Delete after transfer". */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate, tObject, useT } from '../i18n';
import { makeBackup } from '../transfer/backup';
import { notesAsCsv, notesAsText, type TextLabels } from '../transfer/export-text';
import { sameChild, type LifeEvent, type Note } from '../records/model';
import { loadTemplates, templateLookup } from '../records/templates';
import { deliver } from '../ui/deliver';
import { flushAll, repo } from '../vault/session';

type Format = 'text' | 'json' | 'json-plain' | 'csv' | 'print';

/** Flushes every editor's pending autosave, then reads the notes as stored: an export never uses a copy a view holds. */
async function readSaved(ids: readonly string[]): Promise<Note[]> {
  await flushAll();
  return repo.getMany(ids);
}

/** A backup carries the life events of the children whose notes it holds, or every event when it holds every note. */
async function eventsFor(notes: readonly Note[]): Promise<LifeEvent[]> {
  const [events, all] = await Promise.all([repo.listEvents(), repo.listMeta()]);
  if (notes.length === all.length) return events;
  const refs = new Set(notes.map((n) => sameChild(n.content.childRef)));
  return events.filter((e) => refs.has(sameChild(e.content.childRef)));
}

/** The version of each note that went out, so "Delete after transfer" deletes only what was transferred. */
const versionsOf = (notes: readonly Note[]) => new Map(notes.map((n) => [n.id, n.updatedAt]));

export function ExportDialog({ ids, onClose, onDeleted }: { ids: readonly string[]; onClose: () => void; onDeleted: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [format, setFormat] = useState<Format>('text');
  const [passphrase, setPassphrase] = useState('');
  const [confirmPassphrase, setConfirmPassphrase] = useState('');
  const [problem, setProblem] = useState('');
  const [plainConfirmed, setPlainConfirmed] = useState(false);
  const [exported, setExported] = useState<Map<string, string> | null>(null);
  const [copied, setCopied] = useState(false);
  const [keptMessage, setKeptMessage] = useState('');
  const [printText, setPrintText] = useState<string | null>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  // Print once the print-only copy is in the page.
  useEffect(() => {
    if (printText !== null) window.print();
  }, [printText]);

  const labels = tObject<TextLabels>('exportLabels');
  const fmt = (iso: string) => formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
  const stamp = new Date().toISOString().slice(0, 10);

  const run = async () => {
    // Typed blind, a backup passphrase is typed twice: a slip would leave a backup nobody can open.
    if (format === 'json' && passphrase !== confirmPassphrase) return setProblem(t('notes.backupMismatch'));
    setProblem('');
    const notes = await readSaved(ids);
    const templateOf = templateLookup(await loadTemplates());
    if (format === 'text') await deliver(`notes-${stamp}.txt`, 'text/plain', notesAsText(notes, templateOf, labels, fmt));
    else if (format === 'csv') await deliver(`notes-${stamp}.csv`, 'text/csv', notesAsCsv(notes, templateOf));
    else if (format === 'json') await deliver(`notes-backup-${stamp}.json`, 'application/json', await makeBackup(notes, await eventsFor(notes), passphrase));
    else if (format === 'json-plain') await deliver(`notes-backup-${stamp}-UNENCRYPTED.json`, 'application/json', await makeBackup(notes, await eventsFor(notes), null));
    else setPrintText(notesAsText(notes, templateOf, labels, fmt));
    await repo.markExported(notes.map((n) => n.id));
    setExported(versionsOf(notes));
  };
  const copy = async () => {
    const notes = await readSaved(ids);
    await navigator.clipboard.writeText(notesAsText(notes, templateLookup(await loadTemplates()), labels, fmt));
    setCopied(true);
  };
  const deleteTransferred = async () => {
    if (!exported) return;
    await flushAll();
    const { deleted, kept } = await repo.deleteIfUnchanged(exported);
    if (kept.length) {
      setKeptMessage(t('notes.keptChanged', { count: kept.length }));
      if (deleted.length) onDeleted();
      return;
    }
    dialog.current?.close();
    onDeleted();
  };
  const ready = format === 'json' ? passphrase.length >= 8 && confirmPassphrase.length > 0 : format === 'json-plain' ? plainConfirmed : true;

  return (
    <dialog ref={dialog} class="export-dialog" aria-labelledby="export-title" onClose={onClose}>
      <h2 id="export-title">{t('notes.exportTitle', { count: ids.length })}</h2>
      {!exported ? (
        <>
          <fieldset class="choice-group">
            <legend>{t('notes.format')}</legend>
            {(['text', 'json', 'json-plain', 'csv', 'print'] as const).map((f) => (
              <label class="choice" key={f}>
                <input type="radio" name="export-format" checked={format === f} onChange={() => setFormat(f)} />
                <span>{t(`notes.formats.${f}`)}</span>
              </label>
            ))}
          </fieldset>
          {format === 'text' ? (
            <>
              <button type="button" class="secondary" onClick={() => void copy()}>
                {t('notes.copyText')}
              </button>
              <p class="hint">{t('notes.clipboardWarning')}</p>
              <p role="status">{copied ? t('notes.copied') : ''}</p>
            </>
          ) : null}
          {format === 'json' ? (
            <>
              <label class="field">
                <span>{t('notes.backupPassphrase')}</span>
                <input type="password" autoComplete="off" value={passphrase} onInput={(e) => setPassphrase(e.currentTarget.value)} />
              </label>
              <label class="field">
                <span>{t('notes.backupPassphraseConfirm')}</span>
                <input type="password" autoComplete="off" value={confirmPassphrase} onInput={(e) => setConfirmPassphrase(e.currentTarget.value)} />
              </label>
            </>
          ) : null}
          {format === 'json-plain' ? (
            <label class="choice notice notice-danger">
              <input type="checkbox" checked={plainConfirmed} onChange={(e) => setPlainConfirmed(e.currentTarget.checked)} />
              <span>{t('notes.plainWarning')}</span>
            </label>
          ) : null}
          <div role="alert">{problem && format === 'json' ? <p class="notice notice-danger">{problem}</p> : null}</div>
          <div class="session-controls">
            <button type="button" disabled={!ready} onClick={() => void run()}>
              {t('notes.exportNow')}
            </button>
            <button type="button" class="secondary" onClick={() => dialog.current?.close()}>
              {t('notes.cancel')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p role="status">{t('notes.exported', { count: exported.size })}</p>
          <p>{t('notes.deleteAdvice')}</p>
          <div role="alert">{keptMessage ? <p class="notice notice-danger">{keptMessage}</p> : null}</div>
          <div class="session-controls">
            <button type="button" class="danger" disabled={Boolean(keptMessage)} onClick={() => void deleteTransferred()}>
              {t('notes.deleteAfterTransfer')}
            </button>
            <button type="button" class="secondary" onClick={() => dialog.current?.close()}>
              {t('notes.keep')}
            </button>
          </div>
        </>
      )}
      {printText !== null ? <pre class="print-only">{printText}</pre> : null}
    </dialog>
  );
}
