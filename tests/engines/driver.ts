/**
 * What the engine smoke needs from a browser, whatever drives it (WebDriver BiDi for Firefox, classic WebDriver for
 * WebKit): navigate, run a function in the page, and act on an element found the way a user names it.
 */

/** A text to match: exact (whitespace collapsed) or a pattern, sent to the page as source and flags. */
export type Name = string | { source: string; flags: string };

/** An element by its role and accessible name, or a form control by its label, optionally inside another. */
export interface Query {
  role?: string;
  name?: Name;
  label?: Name;
  level?: number;
  text?: Name;
  within?: Query;
}

export const pattern = (re: RegExp): Name => ({ source: re.source, flags: re.flags });

/** No element matched (yet): thrown before any action, so acting again is safe. */
export class MissingElement extends Error {
  constructor(query: Query) {
    super(`No element for ${JSON.stringify(query)}`);
    this.name = 'MissingElement';
  }
}

export interface EngineDriver {
  readonly name: string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): Promise<string>;
  /** Runs a self-contained function in the page (it may return a promise) and returns its JSON result. */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  /** Real clicks and key presses through the driver, on the element the query finds (MissingElement if none). */
  click(query: Query): Promise<void>;
  type(query: Query, text: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Finds the one visible element the query names, in the page, or its text. Self-contained: it is sent as source.
 * Roles are explicit or implicit (the few this app uses); names follow aria-labelledby, aria-label, the label of
 * a control, then the text, a simplified accessible-name computation.
 */
export function locateInPage(query: Query, want: 'element' | 'text' = 'element'): Element | string | null {
  const collapse = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const matches = (value: string, want: Name) => (typeof want === 'string' ? value === want : new RegExp(want.source, want.flags).test(value));
  const implicitRole = (el: Element): string => {
    const tag = el.tagName.toLowerCase();
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (tag === 'button' || (tag === 'input' && ['button', 'submit', 'reset'].includes(type))) return 'button';
    if (tag === 'a' && el.hasAttribute('href')) return 'link';
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (tag === 'input' && type === 'search') return 'searchbox';
    if (tag === 'input' && type === 'number') return 'spinbutton';
    if (tag === 'input' && ['text', 'email', 'tel', 'url', 'password'].includes(type)) return 'textbox';
    if (tag === 'textarea') return 'textbox';
    if (tag === 'ul' || tag === 'ol') return 'list';
    if (tag === 'li') return 'listitem';
    if (tag === 'section' && (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby'))) return 'region';
    if (tag === 'output') return 'status';
    return '';
  };
  const role = (el: Element) => el.getAttribute('role') ?? implicitRole(el);
  // Rendered text, as a user reads it: blocks apart, hidden parts left out.
  const shown = (el: Element | null | undefined) => collapse(el instanceof HTMLElement ? el.innerText : el?.textContent);
  const labelText = (el: Element): string => {
    const by = el.getAttribute('aria-labelledby');
    if (by) return collapse(by.split(/\s+/).map((id) => shown(document.getElementById(id))).join(' '));
    const aria = el.getAttribute('aria-label');
    if (aria) return collapse(aria);
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length) return collapse(Array.from(labels).map(shown).join(' '));
    return '';
  };
  const accessibleName = (el: Element) => labelText(el) || shown(el);
  const visible = (el: Element) => el.getClientRects().length > 0 && !el.closest('[aria-hidden="true"], [hidden], [inert]');
  const find = (q: Query, root: ParentNode): Element | null => {
    const scope = q.within ? find(q.within, root) : root;
    if (!scope) return null;
    const hits = Array.from(scope.querySelectorAll('*')).filter((el) => {
      if (!visible(el)) return false;
      if (q.role && role(el) !== q.role) return false;
      if (q.label !== undefined && !matches(labelText(el), q.label)) return false;
      if (q.level !== undefined && Number(el.getAttribute('aria-level') ?? el.tagName.slice(1)) !== q.level) return false;
      if (q.name !== undefined && !matches(accessibleName(el), q.name)) return false;
      if (q.text !== undefined && !matches(shown(el), q.text)) return false;
      return true;
    });
    if (hits.length > 1) throw new Error(`${hits.length} elements match ${JSON.stringify(q)}`);
    return hits[0] ?? null;
  };
  const el = find(query, document);
  if (want === 'element' || !el) return el;
  // A control's text is its value: what the user typed or what was restored.
  return 'value' in el && typeof el.value === 'string' ? el.value : shown(el);
}

/** Polls a condition until it holds (a truthy value) or the timeout passes; errors while polling count as "not yet". */
export async function waitFor<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown = null;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Everything the notes database holds, as text, binary values decoded too: to look for plaintext. */
export function dumpIndexedDbInPage(): Promise<string> {
  const show = (value: unknown): unknown => {
    if (value instanceof ArrayBuffer) return new TextDecoder('latin1').decode(value);
    if (ArrayBuffer.isView(value)) return new TextDecoder('latin1').decode(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    if (Array.isArray(value)) return value.map(show);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, show(v)]));
    return value;
  };
  const request = <T>(r: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  return (async () => {
    const out: string[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await request(indexedDB.open(info.name));
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await request(db.transaction(store).objectStore(store).getAll());
        out.push(`${info.name}/${store}: ${JSON.stringify(show(rows))}`);
      }
      db.close();
    }
    return out.join('\n');
  })();
}
