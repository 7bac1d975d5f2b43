// Search box with autocomplete over labels and aliases; choosing a result hands its node key to the app.
import { kindColor } from '../../../src/graph/style.ts';
import { el, swatch } from './dom.ts';
import { fold, type SearchEntry } from '../core/graph-index.ts';

/** Results shown in the list. */
const MAX_RESULTS = 12;

/** One ranked match: the entry and the name (label or alias) that matched. */
export interface SearchMatch {
  entry: SearchEntry;
  matched: string;
  score: number;
}

/** Ranks entries for a query: label prefix, alias prefix, word prefix, then substring; ties by degree. Pure. */
export function searchEntries(entries: readonly SearchEntry[], query: string, limit = MAX_RESULTS): SearchMatch[] {
  const q = fold(query.trim());
  if (!q) return [];
  const matches: SearchMatch[] = [];
  for (const entry of entries) {
    let best: SearchMatch | null = null;
    entry.names.forEach((name, i) => {
      const at = name.folded.indexOf(q);
      if (at < 0) return;
      const wordStart = at === 0 || /[\s\-'’(]/.test(name.folded[at - 1] ?? '');
      const exact = name.folded === q;
      const score = (exact ? 0 : at === 0 ? 1 : wordStart ? 2 : 3) * 2 + (i === 0 ? 0 : 1);
      if (!best || score < best.score) best = { entry, matched: name.text, score };
    });
    if (best) matches.push(best);
  }
  matches.sort((a, b) => a.score - b.score || b.entry.degree - a.entry.degree || a.entry.label.localeCompare(b.entry.label));
  return matches.slice(0, limit);
}

/** Wires the search input and its result list. Returns a function that swaps the entries' source (when a new graph opens). */
export function createSearch(input: HTMLInputElement, list: HTMLUListElement, onChoose: (key: string) => void): (entries: () => readonly SearchEntry[]) => void {
  let entries: () => readonly SearchEntry[] = () => [];
  let results: SearchMatch[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (match: SearchMatch | undefined) => {
    if (!match) return;
    input.value = match.entry.label;
    close();
    onChoose(match.entry.key);
  };
  const highlight = (index: number) => {
    active = index;
    [...list.children].forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `search-option-${index}`);
  };
  const render = () => {
    results = searchEntries(entries(), input.value);
    if (!input.value.trim()) return close();
    const items = results.map((m, i) => {
      const item = el(
        'li',
        { attrs: { role: 'option', id: `search-option-${i}`, 'aria-selected': 'false', 'data-node': m.entry.key } },
        swatch(kindColor(m.entry.kind)),
        el('span', { className: 'result-label' }, m.entry.label),
        m.matched !== m.entry.label ? el('span', { className: 'muted' }, ` (${m.matched})`) : null,
      );
      // mousedown, not click: the input's blur would close the list first
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(m);
      });
      return item;
    });
    list.replaceChildren(...(items.length ? items : [el('li', { className: 'muted', attrs: { role: 'presentation' } }, 'No match')]));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };

  input.addEventListener('input', render);
  input.addEventListener('focus', () => input.value.trim() && render());
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden) render();
      if (!results.length) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      highlight((active + step + results.length) % results.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(results[active >= 0 ? active : 0] ?? searchEntries(entries(), input.value, 1)[0]);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  return (next) => {
    entries = next;
    input.value = '';
    close();
  };
}
