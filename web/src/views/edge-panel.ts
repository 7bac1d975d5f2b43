// Side panel for a selected edge: its relation, its two ends, and every evidence sentence; each sentence opens its
// article (title, date, outlet, URL, and the text with the sentence highlighted when the server has the text).
import type { ArticleMeta, Evidence } from '../../../src/graph/types.ts';
import { RELATIONS } from '../../../src/graph/relations.ts';
import { RELATION_STYLES, kindColor, relationColor } from '../../../src/graph/style.ts';
import { el, replace, swatch, type Child } from './dom.ts';
import { hasSentence, type EvidenceApi } from '../core/evidence-api.ts';
import type { ViewGraph } from '../view-graph.ts';

/** Sentences fetched from the store per page of the edge panel. */
const EVIDENCE_PAGE = 100;

/** Said when the file has only references and no store answers. */
const NO_STORE = 'This graph file carries references to the sentences, not the sentences: serve it with `npm start` (next to its store, graph.db) to read them.';

/** What the edge panel needs from the app. */
export interface EdgePanelContext {
  graph: ViewGraph;
  /** the store's evidence, when the page is served with its API */
  api?: EvidenceApi;
  onSelect(node: string): void;
  onClose(): void;
}

function relationName(relation: string): string {
  return (RELATION_STYLES as Record<string, { name: string }>)[relation]?.name ?? relation;
}

/** Where the article's text may be served from, beside the graph (a static site may ship it; most do not). */
function articleTextUrl(article: ArticleMeta): string | null {
  return article.file && !/^(?:[a-z]+:|\/|\.\.)/i.test(article.file) ? `articles/${article.file.split('/').map(encodeURIComponent).join('/')}` : null;
}

/** The article text as paragraphs, with the sentence (from `start`/`end`, else found by search) in a <mark>. */
export function highlighted(text: string, evidence: Evidence): HTMLElement {
  // a reference without its sentence (lean graph file) is trusted by its offsets
  const atOffsets = evidence.end > evidence.start && (!hasSentence(evidence) || text.slice(evidence.start, evidence.end) === evidence.sentence);
  let start = atOffsets ? evidence.start : text.indexOf(evidence.sentence);
  if (start < 0) start = text.length;
  const end = Math.min(text.length, atOffsets ? evidence.end : start + evidence.sentence.length);
  const mark = el('mark', {}, text.slice(start, end));
  return el('div', { className: 'article-text' }, text.slice(0, start), mark, text.slice(end));
}

/** The article card of one evidence sentence; the text is fetched when the site serves it. */
export function articleView(evidence: Evidence, articles: Record<string, ArticleMeta>, onBack: () => void): HTMLElement {
  const article = articles[evidence.article];
  const back = el('button', { className: 'link-button', attrs: { type: 'button', 'data-action': 'back' } }, '← back to the relation');
  back.addEventListener('click', onBack);
  const url = article?.url && /^https?:\/\//.test(article.url) ? article.url : null;
  const body = el('div', { className: 'article-body' }, el('p', { className: 'evidence' }, hasSentence(evidence) ? el('mark', {}, evidence.sentence) : sentenceText(evidence)), el('p', { className: 'muted', attrs: { 'data-text': 'absent' } }, 'The article’s full text is not in this graph file; the sentence is shown alone.'));
  const view = el(
    'article',
    { className: 'article-view', attrs: { 'data-article': evidence.article } },
    back,
    el('h3', {}, article?.title || evidence.article || 'unknown article'),
    el('dl', { className: 'facts' },
      el('dt', {}, 'Date'), el('dd', { attrs: { 'data-field': 'date' } }, evidence.date ?? article?.date ?? 'unknown'),
      el('dt', {}, 'Outlet'), el('dd', { attrs: { 'data-field': 'source' } }, article?.source ?? 'unknown'),
      el('dt', {}, 'URL'), el('dd', { attrs: { 'data-field': 'url' } }, url ? el('a', { attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' } }, url) : 'none'),
    ),
    body,
  );
  const textUrl = article ? articleTextUrl(article) : null;
  if (textUrl) {
    fetch(textUrl, { cache: 'no-cache' })
      .then(async (response) => {
        const type = response.headers.get('content-type') ?? '';
        if (!response.ok || !type.startsWith('text/plain')) return;
        const text = await response.text();
        replace(body, highlighted(text, evidence));
        body.querySelector('mark')?.scrollIntoView({ block: 'center' });
      })
      .catch(() => undefined);
  }
  return view;
}

/** Renders the panel for an edge into `container`, replacing its content. */
export function renderEdgePanel(container: HTMLElement, edge: string, ctx: EdgePanelContext): void {
  const { graph } = ctx;
  if (!graph.hasEdge(edge)) {
    replace(container, el('p', { className: 'hint' }, 'This relation is not in the graph.'));
    return;
  }
  const a = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const articles = graph.getAttribute('articles') ?? {};
  const close = el('button', { className: 'close', attrs: { type: 'button', 'aria-label': 'Close details' } }, '×');
  close.addEventListener('click', ctx.onClose);
  const end = (key: string) => {
    const n = graph.getNodeAttributes(key);
    const button = el('button', { className: 'node-link', attrs: { type: 'button', 'data-node': key } }, swatch(kindColor(n.kind)), n.label);
    button.addEventListener('click', () => ctx.onSelect(key));
    return button;
  };
  const symmetric = (RELATIONS as Record<string, { symmetric: boolean }>)[a.relation]?.symmetric ?? true;
  // the graph file's sentences first; the store's (every sentence, in pages) when the page is served with its API
  let evidence: Evidence[] = a.evidence;
  let total = Math.max(a.weight, a.evidence.length);
  let status: Child = null;
  let storeFailed = false; // the store does not know this edge (another graph): no button that would ask again
  const render = () => {
    const items = evidence.map((e, i) => {
      const open = el('button', { className: 'link-button', attrs: { type: 'button', 'data-open-article': String(i) } }, 'open the article');
      open.addEventListener('click', () => replace(container, head, articleView(e, articles, render)));
      const article = articles[e.article];
      const details = [e.date ?? article?.date, article?.source].filter(Boolean).join(', ');
      return el('li', { className: 'evidence' }, sentenceText(e), el('div', { className: 'citation' }, '— ', el('cite', {}, article?.title || (e as { title?: string }).title || e.article || 'unknown article'), details ? ` (${details})` : '', ' · ', open));
    });
    let more: HTMLElement | null = null;
    if (ctx.api && !storeFailed && evidence.length < total && status === null) {
      more = el('button', { className: 'link-button', attrs: { type: 'button', 'data-action': 'more-evidence' } }, `${total - evidence.length} more sentences`);
      more.addEventListener('click', () => load(evidence.length));
    }
    replace(container, head, el('ul', { className: 'evidence-list' }, ...items), items.length ? null : el('p', { className: 'muted' }, 'No evidence sentence.'), more, status);
  };
  const load = (offset: number) => {
    const api = ctx.api;
    if (!api) return;
    status = el('p', { className: 'muted', attrs: { 'data-evidence': 'loading' } }, 'Reading the sentences from the store…');
    render();
    void api.edge(edge, EVIDENCE_PAGE, offset).then((found) => {
      if (container.dataset.edge !== edge) return; // the user moved on
      status = null;
      if (found) {
        evidence = offset === 0 ? found.evidence : [...evidence, ...found.evidence];
        total = found.total;
        container.dataset.evidence = 'store';
      } else {
        storeFailed = true;
        if (evidence.some((e) => !hasSentence(e))) status = el('p', { className: 'muted', attrs: { 'data-evidence': 'file' } }, NO_STORE);
      }
      render();
    });
  };
  const notes = [a.role, a.status, a.date, a.planned ? 'planned' : null, `${a.weight} sentence${a.weight === 1 ? '' : 's'}`].filter(Boolean).join(' · ');
  const head = el(
    'div',
    { className: 'edge-head' },
    el('header', { className: 'panel-head' }, el('h2', { attrs: { id: 'panel-title' } }, swatch(relationColor(a.relation)), ` ${relationName(a.relation)}`), close),
    el('p', { className: 'edge-ends' }, end(source), symmetric ? ' — ' : ' → ', end(target)),
    el('p', { className: 'muted' }, notes),
  );
  container.dataset.node = '';
  container.dataset.edge = edge;
  container.dataset.evidence = 'file';
  if (ctx.api && (evidence.some((e) => !hasSentence(e)) || evidence.length < total)) load(0);
  else {
    if (evidence.some((e) => !hasSentence(e))) status = el('p', { className: 'muted', attrs: { 'data-evidence': 'file' } }, NO_STORE);
    render();
  }
}

/** The sentence, or for a reference without it (a lean graph file) where it is in its article. */
export function sentenceText(e: Evidence): HTMLElement {
  if (hasSentence(e)) return el('q', {}, e.sentence);
  return el('span', { className: 'muted', attrs: { 'data-reference': 'true' } }, `sentence at characters ${e.start}–${e.end} of the article (not in this graph file)`);
}
