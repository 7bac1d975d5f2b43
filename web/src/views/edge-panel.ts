// Side panel for a selected edge: its relation, its two ends, and every evidence sentence; each sentence opens its
// article (title, date, outlet, URL, and the text with the sentence highlighted when the server has the text).
import type { ArticleMeta, Evidence } from '../../../src/graph/types.ts';
import { RELATIONS } from '../../../src/graph/relations.ts';
import { RELATION_STYLES, kindColor, relationColor } from '../../../src/graph/style.ts';
import { el, replace, swatch } from './dom.ts';
import type { ViewGraph } from '../view-graph.ts';

/** What the edge panel needs from the app. */
export interface EdgePanelContext {
  graph: ViewGraph;
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
  let start = evidence.end > evidence.start && text.slice(evidence.start, evidence.end) === evidence.sentence ? evidence.start : text.indexOf(evidence.sentence);
  if (start < 0) start = text.length;
  const end = Math.min(text.length, start + evidence.sentence.length);
  const mark = el('mark', {}, text.slice(start, end));
  return el('div', { className: 'article-text' }, text.slice(0, start), mark, text.slice(end));
}

/** The article card of one evidence sentence; the text is fetched when the site serves it. */
export function articleView(evidence: Evidence, articles: Record<string, ArticleMeta>, onBack: () => void): HTMLElement {
  const article = articles[evidence.article];
  const back = el('button', { className: 'link-button', attrs: { type: 'button', 'data-action': 'back' } }, '← back to the relation');
  back.addEventListener('click', onBack);
  const url = article?.url && /^https?:\/\//.test(article.url) ? article.url : null;
  const body = el('div', { className: 'article-body' }, el('p', { className: 'evidence' }, el('mark', {}, evidence.sentence)), el('p', { className: 'muted', attrs: { 'data-text': 'absent' } }, 'The article’s full text is not in this graph file; the sentence is shown alone.'));
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
  const render = () => {
    const items = a.evidence.map((e, i) => {
      const open = el('button', { className: 'link-button', attrs: { type: 'button', 'data-open-article': String(i) } }, 'open the article');
      open.addEventListener('click', () => replace(container, head, articleView(e, articles, render)));
      const article = articles[e.article];
      const details = [e.date ?? article?.date, article?.source].filter(Boolean).join(', ');
      return el('li', { className: 'evidence' }, el('q', {}, e.sentence), el('div', { className: 'citation' }, '— ', el('cite', {}, article?.title || e.article || 'unknown article'), details ? ` (${details})` : '', ' · ', open));
    });
    replace(container, head, el('ul', { className: 'evidence-list' }, ...items), items.length ? null : el('p', { className: 'muted' }, 'No evidence sentence.'));
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
  render();
}
