// Side panel for the selected node: its facts, then its neighbours grouped by relation with every evidence sentence.
import type { ArticleMeta, Evidence, RelationAttributes } from '../../../src/graph/types.ts';
import { RELATION_KINDS, RELATIONS, isStated } from '../../../src/graph/relations.ts';
import { KIND_STYLES, RELATION_STYLES, kindColor, relationColor } from '../../../src/graph/style.ts';
import { el, replace, swatch, type Child } from './dom.ts';
import type { ViewGraph } from '../view-graph.ts';
import { alsoInText } from '../copies.ts';
import { hasSentence, type EvidenceApi } from '../core/evidence-api.ts';
import { sentenceText } from './edge-panel.ts';

/** Neighbours listed per relation before a "show all" button. */
const FIRST_NEIGHBOURS = 25;
/** Evidence sentences shown per edge before a "more" toggle. */
const FIRST_EVIDENCE = 3;

/** Article titles longer than this are cut in citations (full text in the tooltip). */
const TITLE_MAX_CHARS = 140;

/** What the panel needs from the app. */
export interface PanelContext {
  graph: ViewGraph;
  /** is the node shown under the current filters? */
  isVisible(node: string): boolean;
  /** select another node (a neighbour's name was clicked) */
  onSelect(node: string): void;
  /** close the panel */
  onClose(): void;
  /** add one hop around the node to the ego network */
  onExpand?(node: string): void;
  /** show the node's ego network */
  onEgo?(node: string): void;
  /** show an edge's evidence panel */
  onEdge?(edge: string): void;
  /** the store's evidence, when the page is served with its API: fills in sentences a lean graph file leaves out */
  api?: EvidenceApi;
}

/** One edge as seen from the selected node. */
interface Link {
  edge: string;
  other: string;
  outgoing: boolean;
  attributes: RelationAttributes;
}

function kindName(kind: string): string {
  return (KIND_STYLES as Record<string, { name: string }>)[kind]?.name ?? kind;
}

function relationName(relation: string): string {
  return (RELATION_STYLES as Record<string, { name: string }>)[relation]?.name ?? relation;
}

function isSymmetric(relation: string): boolean {
  return (RELATIONS as Record<string, { symmetric: boolean }>)[relation]?.symmetric ?? true;
}

/** Definition-list row; skipped when the value is empty. */
function fact(term: string, value: Child | Child[]): HTMLElement[] {
  const values = Array.isArray(value) ? value : [value];
  if (values.every((v) => v === null || v === undefined || v === '' || v === false)) return [];
  return [el('dt', {}, term), el('dd', {}, ...values)];
}

function chips(values: string[] | undefined): Child[] {
  return (values ?? []).map((v) => el('span', { className: 'chip' }, v));
}

/** "Title (2024-05-22, Daryo)" for an evidence sentence's article. */
function citation(evidence: Evidence, articles: Record<string, ArticleMeta>): HTMLElement {
  const article = articles[evidence.article];
  const title = article?.title || article?.file || evidence.article || 'unknown article';
  const details = [evidence.date ?? article?.date, article?.source, alsoInText(article)].filter(Boolean).join(', ');
  // a title is a line, not a paragraph: very long ones are cut, in full in the tooltip
  const cite = el('cite', { attrs: { 'data-article': evidence.article, title } }, title.length > TITLE_MAX_CHARS ? `${title.slice(0, TITLE_MAX_CHARS - 1).trimEnd()}…` : title);
  return el('div', { className: 'citation' }, '— ', article?.url && /^https?:\/\//.test(article.url) ? el('a', { attrs: { href: article.url, target: '_blank', rel: 'noopener noreferrer' } }, cite) : cite, details ? ` (${details})` : '');
}

function evidenceList(evidence: Evidence[], articles: Record<string, ArticleMeta>): HTMLElement {
  const items = evidence.map((e) => el('li', { className: 'evidence' }, sentenceText(e), citation(e, articles)));
  const list = el('ul', { className: 'evidence-list' }, ...items.slice(0, FIRST_EVIDENCE));
  if (items.length > FIRST_EVIDENCE) {
    const more = el('button', { className: 'link-button', attrs: { type: 'button' } }, `${items.length - FIRST_EVIDENCE} more sentences`);
    more.addEventListener('click', () => {
      list.append(...items.slice(FIRST_EVIDENCE));
      more.remove();
    });
    list.append(el('li', {}, more));
  }
  return list;
}

function linkItem(link: Link, ctx: PanelContext): HTMLElement {
  const other = ctx.graph.getNodeAttributes(link.other);
  const a = link.attributes;
  const direction = isSymmetric(a.relation) ? '' : link.outgoing ? '→ ' : '← ';
  const name = el('button', { className: 'node-link', attrs: { type: 'button', 'data-node': link.other }, title: `${kindName(other.kind)}: show ${other.label}` }, swatch(kindColor(other.kind)), other.label);
  name.addEventListener('click', () => ctx.onSelect(link.other));
  const notes = [a.role, a.status, a.date, a.planned ? 'planned' : null, a.weight > 1 ? `${a.weight} sentences` : null].filter(Boolean).join(' · ');
  let open: HTMLElement | null = null;
  if (ctx.onEdge) {
    open = el('button', { className: 'link-button', attrs: { type: 'button', 'data-open-edge': link.edge }, title: 'this relation’s sentences and articles' }, 'evidence');
    open.addEventListener('click', () => ctx.onEdge?.(link.edge));
  }
  return el(
    'li',
    { className: 'link', attrs: { 'data-edge': link.edge } },
    el('div', { className: 'link-head' }, direction, name, ctx.isVisible(link.other) ? null : el('span', { className: 'muted' }, ' (not shown)'), notes ? el('span', { className: 'muted' }, ` ${notes}`) : null, open ? ' · ' : null, open),
    el('div', { attrs: { 'data-evidence-for': link.edge } }, a.evidence.length ? evidenceList(a.evidence, ctx.graph.getAttribute('articles') ?? {}) : el('p', { className: 'muted' }, 'no evidence sentence')),
  );
}

function relationSection(relation: string, links: Link[], ctx: PanelContext): HTMLElement {
  const label = (key: string) => ctx.graph.getNodeAttribute(key, 'label');
  links.sort((x, y) => y.attributes.weight - x.attributes.weight || label(x.other).localeCompare(label(y.other)));
  const list = el('ul', { className: 'links' }, ...links.slice(0, FIRST_NEIGHBOURS).map((l) => linkItem(l, ctx)));
  let showAll: HTMLElement | null = null;
  if (links.length > FIRST_NEIGHBOURS) {
    showAll = el('button', { className: 'link-button', attrs: { type: 'button' } }, `show all ${links.length}`);
    showAll.addEventListener('click', () => {
      list.append(...links.slice(FIRST_NEIGHBOURS).map((l) => linkItem(l, ctx)));
      showAll?.remove();
    });
  }
  const attrs = { className: 'relation', attrs: { 'data-relation': relation } };
  // co-mentions are many and state nothing: folded by default
  if (!isStated(relation)) return el('details', attrs, el('summary', {}, heading(relation, links.length)), list, showAll);
  return el('section', attrs, heading(relation, links.length), list, showAll);
}

function heading(relation: string, count: number): HTMLElement {
  return el('h3', { title: (RELATIONS as Record<string, { description: string }>)[relation]?.description ?? '' }, swatch(relationColor(relation)), `${relationName(relation)} `, el('span', { className: 'count' }, `(${count})`));
}

/** Groups a node's edges by relation: schema relations in schema order, then any others. */
function linksByRelation(graph: ViewGraph, node: string): Map<string, Link[]> {
  const groups = new Map<string, Link[]>(RELATION_KINDS.map((r) => [r, []]));
  graph.forEachEdge(node, (edge, attributes, source, target) => {
    const link = { edge, other: source === node ? target : source, outgoing: source === node, attributes };
    const group = groups.get(attributes.relation) ?? [];
    group.push(link);
    groups.set(attributes.relation, group);
  });
  for (const [relation, links] of groups) if (links.length === 0) groups.delete(relation);
  return groups;
}

/** Renders the panel for `node` into `container` (replacing its content), or the hint shown when nothing is selected. */
export function renderPanel(container: HTMLElement, node: string | null, ctx: PanelContext): void {
  if (!node || !ctx.graph.hasNode(node)) {
    replace(container,el('p', { className: 'hint' }, 'Click a node or search a name to see what the articles say about it.'));
    container.dataset.node = '';
    container.dataset.edge = '';
    return;
  }
  const a = ctx.graph.getNodeAttributes(node);
  const articles = ctx.graph.getAttribute('articles') ?? {};
  const close = el('button', { className: 'close', attrs: { type: 'button', 'aria-label': 'Close details' } }, '×');
  close.addEventListener('click', ctx.onClose);
  const aliases = a.aliases.filter((alias) => alias !== a.label);
  const summitFacts = a.kind === 'summit' ? [...fact('Ordinal', a.ordinal ?? null), ...fact('Year', a.year ?? null), ...fact('City', a.city ?? null), ...fact('Host', a.host ?? null), ...fact('Date', a.date ?? null)] : [];
  const articleTitles = a.articles.map((id) => el('li', { attrs: { 'data-article': id } }, articles[id]?.title ?? id));
  const groups = linksByRelation(ctx.graph, node);
  container.dataset.node = node;
  container.dataset.edge = '';
  container.dataset.evidence = 'file';
  const actions: HTMLElement[] = [];
  if (ctx.onEgo) {
    const ego = el('button', { attrs: { type: 'button', 'data-action': 'ego' }, title: 'show only this node and its neighbours' }, 'Ego network');
    ego.addEventListener('click', () => ctx.onEgo?.(node));
    actions.push(ego);
  }
  if (ctx.onExpand) {
    const expand = el('button', { attrs: { type: 'button', 'data-action': 'expand' }, title: 'add this node’s neighbours to the view (one hop)' }, 'Expand +1 hop');
    expand.addEventListener('click', () => ctx.onExpand?.(node));
    actions.push(expand);
  }
  replace(container,
    el('header', { className: 'panel-head' }, el('h2', { attrs: { id: 'panel-title', elementtiming: 'panel-title' } }, a.label), close),
    actions.length ? el('div', { className: 'panel-actions' }, ...actions) : null,
    el('p', { className: 'kind' }, swatch(kindColor(a.kind)), kindName(a.kind), ctx.isVisible(node) ? null : el('span', { className: 'muted' }, ' — hidden by the current filters')),
    el(
      'dl',
      { className: 'facts' },
      ...fact('Aliases', chips(aliases)),
      ...fact('Roles', chips(a.roles)),
      ...summitFacts,
      ...fact('Acronym', a.acronym ?? null),
      ...fact('SCO status', a.scoStatus ? a.scoStatus.replace('_', ' ') : null),
      ...fact('Mentions', a.mentions || null),
    ),
    groups.size ? el('div', { className: 'relations' }, ...[...groups].map(([relation, links]) => relationSection(relation, links, ctx))) : el('p', { className: 'muted' }, 'No relations.'),
    articleTitles.length
      ? el(
          'details',
          { className: 'articles' },
          el('summary', {}, `Articles (${Math.max(a.articleCount ?? 0, articleTitles.length)})`),
          el('ul', {}, ...articleTitles),
          // the default graph file lists a node's first 20 articles; the store has every one
          (a.articleCount ?? 0) > articleTitles.length ? el('p', { className: 'muted' }, `the first ${articleTitles.length}; the store lists every one`) : null,
        )
      : null,
  );
  const api = ctx.api;
  if (api && [...groups.values()].some((links) => links.some((l) => l.attributes.evidence.some((e) => !hasSentence(e))))) {
    // a lean graph file: the sentences of the listed relations come from the store in one request
    void api.node(node, 500, FIRST_EVIDENCE).then((byEdge) => {
      if (container.dataset.node !== node) return;
      for (const holder of container.querySelectorAll<HTMLElement>('[data-evidence-for]')) {
        const found = byEdge.get(holder.dataset.evidenceFor ?? '');
        if (found?.length) replace(holder, evidenceList(found, articles));
      }
      container.dataset.evidence = 'store';
    });
  }
}
