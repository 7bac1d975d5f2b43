// Search box with autocomplete over labels and aliases; choosing a result hands its node key to the app.
import { kindColor } from '../../../src/graph/style.ts';
import type { SearchHit } from '../../../src/store/read-store.ts';
import { el, swatch } from './dom.ts';
import { fold, type SearchEntry, type SentenceEntry } from '../core/graph-index.ts';

/** Results shown in the list. */
const MAX_RESULTS = 12;

/** One ranked match: the entry and the name (label or alias) that matched. */
export interface SearchMatch {
  entry: SearchEntry;
  matched: string;
  score: number;
  /** the match is one of the node's roles, not a name */
  role?: boolean;
}

/** An evidence sentence found by its text: from the store's full-text search, or from the graph file's sentences. */
export interface SentenceHit extends SearchHit {
  /** the edge it supports, when known */
  edge?: string;
}

/** Sentences shown under the names. */
const MAX_SENTENCES = 6;

/** Where the search box finds sentences; see {@link createSearch}. */
export type FindSentences = (query: string, limit: number) => Promise<SentenceHit[]>;

/**
 * Searches the graph file's own sentences (case-insensitive substring, stopping at `limit` hits), for a site without the
 * store's API. Sentences are not copied or folded beforehand: a big graph pays per query, never up front.
 */
export function searchSentences(sentences: readonly SentenceEntry[], query: string, limit = MAX_SENTENCES): { edge: string; at: number }[] {
  const q = query.trim().toLowerCase();
  if (q.length < 3) return [];
  const out: { edge: string; at: number }[] = [];
  for (const s of sentences) {
    if (s.text.toLowerCase().includes(q)) out.push({ edge: s.edge, at: s.at });
    if (out.length >= limit) break;
  }
  return out;
}

/** Ranks entries for a query: label prefix, alias prefix, word prefix, then substring; ties by degree. Pure. */
export function searchEntries(entries: readonly SearchEntry[], query: string, limit = MAX_RESULTS): SearchMatch[] {
  const q = fold(query.trim());
  if (!q) return [];
  const matches: SearchMatch[] = [];
  for (const entry of entries) {
    let best: SearchMatch | null = null;
    const see = (name: { text: string; folded: string }, rank: number, role: boolean) => {
      const at = name.folded.indexOf(q);
      if (at < 0) return;
      const wordStart = at === 0 || /[\s\-'’(]/.test(name.folded[at - 1] ?? '');
      const exact = name.folded === q;
      // names first (label before aliases), then roles: "foreign minister" lists the people who hold the title
      const score = (exact ? 0 : at === 0 ? 1 : wordStart ? 2 : 3) * 2 + rank + (role ? 10 : 0);
      if (!best || score < best.score) best = { entry, matched: name.text, score, role };
    };
    entry.names.forEach((name, i) => see(name, i === 0 ? 0 : 1, false));
    for (const role of entry.roles ?? []) see(role, 0, true);
    if (best) matches.push(best);
  }
  matches.sort((a, b) => a.score - b.score || b.entry.degree - a.entry.degree || a.entry.label.localeCompare(b.entry.label));
  return matches.slice(0, limit);
}

/** What choosing a search result does. */
export interface SearchActions {
  onChoose(key: string): void;
  onSentence(hit: SentenceHit): void;
}

type Option = { match: SearchMatch; hit?: undefined } | { hit: SentenceHit; match?: undefined };

/**
 * Wires the search input and its result list: names, aliases and roles as you type, then the evidence sentences that
 * contain the text. Returns a function that swaps the entries' and sentences' sources (when a new graph opens).
 */
export function createSearch(input: HTMLInputElement, list: HTMLUListElement, actions: SearchActions): (entries: () => readonly SearchEntry[], sentences?: FindSentences) => void {
  let entries: () => readonly SearchEntry[] = () => [];
  let findSentences: FindSentences | null = null;
  let options: Option[] = [];
  let active = -1;
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    options = [];
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
    asked++;
    clearTimeout(timer);
  };
  const choose = (option: Option | undefined) => {
    if (!option) return;
    if (option.match) input.value = option.match.entry.label;
    close();
    if (option.match) actions.onChoose(option.match.entry.key);
    else actions.onSentence(option.hit);
  };
  const highlight = (index: number) => {
    active = index;
    [...list.querySelectorAll('[role="option"]')].forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `search-option-${index}`);
  };
  const item = (option: Option, i: number) => {
    const m = option.match;
    const node = m
      ? el(
          'li',
          { attrs: { role: 'option', id: `search-option-${i}`, 'aria-selected': 'false', 'data-node': m.entry.key } },
          swatch(kindColor(m.entry.kind)),
          el('span', { className: 'result-label' }, m.entry.label),
          m.matched !== m.entry.label ? el('span', { className: 'muted' }, m.role ? ` (role: ${m.matched})` : ` (${m.matched})`) : null,
        )
      : el(
          'li',
          { className: 'sentence-hit', attrs: { role: 'option', id: `search-option-${i}`, 'aria-selected': 'false', 'data-sentence': `${option.hit.article}:${option.hit.start}` } },
          el('q', {}, option.hit.sentence),
          el('span', { className: 'muted' }, ` ${[option.hit.title, option.hit.date].filter(Boolean).join(', ')}`),
        );
    // mousedown, not click: the input's blur would close the list first
    node.addEventListener('mousedown', (event) => {
      event.preventDefault();
      choose(option);
    });
    return node;
  };
  const show = (names: SearchMatch[], hits: SentenceHit[]) => {
    options = [...names.map((match) => ({ match })), ...hits.map((hit) => ({ hit }))];
    const items = options.map(item);
    const nameItems = items.slice(0, names.length);
    const hitItems = items.slice(names.length);
    list.replaceChildren(
      ...(nameItems.length ? nameItems : [el('li', { className: 'muted', attrs: { role: 'presentation' } }, hits.length ? 'No name matches' : 'No match')]),
      ...(hitItems.length ? [el('li', { className: 'group', attrs: { role: 'presentation' } }, 'In the evidence sentences'), ...hitItems] : []),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };
  const render = () => {
    const query = input.value;
    if (!query.trim()) return close();
    const names = searchEntries(entries(), query);
    const ask = ++asked;
    show(names, []);
    clearTimeout(timer);
    const find = findSentences;
    if (!find || query.trim().length < 3) return;
    // sentences after a pause in typing: a full-text query per key would be wasted
    timer = setTimeout(() => {
      void find(query, MAX_SENTENCES).then((hits) => {
        if (ask === asked && hits.length) show(names, hits);
      });
    }, 250);
  };

  input.addEventListener('input', render);
  input.addEventListener('focus', () => input.value.trim() && render());
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden) render();
      if (!options.length) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      highlight((active + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // the list shown already ranks the matches: searched again only when it is not up (e.g. Enter right after a paste)
      const shown = options[active >= 0 ? active : 0];
      const first = shown ? undefined : searchEntries(entries(), input.value, 1)[0];
      choose(shown ?? (first ? { match: first } : undefined));
    } else if (event.key === 'Escape') {
      close();
    }
  });
  return (next, sentences) => {
    entries = next;
    findSentences = sentences ?? null;
    input.value = '';
    close();
  };
}
