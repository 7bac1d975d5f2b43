// A graph opened from the user's disk, kept in this tab's sessionStorage (when it fits) so that a reload shows it
// again; the URL names it with `?file=`. Browsers give sessionStorage a few MB: bigger files are not kept, and a
// reload says so instead of silently showing another graph.

const PREFIX = 'sco-kg:file:';

/** Keeps a file's text for this tab; false when the browser refuses it (too big, storage off). */
export function rememberFile(name: string, text: string, storage: Storage | null = globalThis.sessionStorage ?? null): boolean {
  if (!storage) return false;
  try {
    for (let i = storage.length - 1; i >= 0; i--) {
      const key = storage.key(i);
      if (key?.startsWith(PREFIX)) storage.removeItem(key);
    }
    storage.setItem(PREFIX + name, text);
    return true;
  } catch {
    return false;
  }
}

/** The text kept for `name`, or null. */
export function recallFile(name: string, storage: Storage | null = globalThis.sessionStorage ?? null): string | null {
  try {
    return storage?.getItem(PREFIX + name) ?? null;
  } catch {
    return null;
  }
}

/** The page's URL naming a local file (`?file=name`, no `?graph=`), keeping other parameters and the hash. */
export function urlForFile(href: string, name: string): string {
  const url = new URL(href);
  url.searchParams.delete('graph');
  url.searchParams.set('file', name);
  url.hash = '';
  return url.toString();
}
