// View controls above the filters: what is drawn (overview, whole graph, ego network), colour and size by any
// attribute or community, community filter, label density.
import { el } from './dom.ts';
import type { AttributeInfo } from '../core/attributes.ts';
import type { Scope, ViewState } from '../core/view-state.ts';

/** Updates the controls to a state; returned by {@link renderViewControls}. */
export type SyncViewControls = (state: ViewState, info: { communities: number | null }) => void;

/** What the controls need from the app. */
export interface ViewControlsContext {
  getState(): ViewState;
  onChange(next: ViewState): void;
  /** node attributes of the graph (computed on first use) */
  attributes(): AttributeInfo[];
  setLabelDensity(density: number): void;
  labelDensity: number;
  /** one more hop around every node of the ego network */
  expand(): void;
}

const SCOPES: { id: Scope; name: string; title: string }[] = [
  { id: 'overview', name: 'Overview', title: 'the most connected people, countries, summits and organisations' },
  { id: 'all', name: 'Whole graph', title: 'every node the filters let through, at the build’s positions' },
];

/** Builds the controls into `container`; returns the function that syncs them to a state. */
export function renderViewControls(container: HTMLElement, ctx: ViewControlsContext): SyncViewControls {
  const scopeButtons = SCOPES.map((s) => {
    const button = el('button', { attrs: { type: 'button', 'data-scope': s.id, 'aria-pressed': 'false' }, title: s.title }, s.name);
    button.addEventListener('click', () => ctx.onChange({ ...ctx.getState(), scope: s.id }));
    return button;
  });
  const expand = el('button', { attrs: { type: 'button', 'data-action': 'expand-all' }, title: 'add the neighbours of every node shown (one hop)' }, 'Expand +1 hop');
  expand.addEventListener('click', () => ctx.expand());
  const colorBy = el('select', { attrs: { id: 'color-by', 'aria-label': 'colour nodes by' } });
  const sizeBy = el('select', { attrs: { id: 'size-by', 'aria-label': 'size nodes by' } });
  const community = el('select', { attrs: { id: 'community-filter', 'aria-label': 'show one community' } });
  let filled = false;
  // the attribute lists need a pass over the nodes: built when the user first opens a list
  const fill = () => {
    if (filled) return;
    filled = true;
    const attributes = ctx.attributes();
    const state = ctx.getState();
    colorBy.replaceChildren(el('option', { attrs: { value: 'kind' } }, 'kind'), el('option', { attrs: { value: 'community' } }, 'community (Louvain)'), ...attributes.filter((a) => a.name !== 'kind').map((a) => el('option', { attrs: { value: a.name } }, a.name)));
    sizeBy.replaceChildren(el('option', { attrs: { value: 'degree' } }, 'degree'), ...attributes.filter((a) => a.type === 'numeric').map((a) => el('option', { attrs: { value: a.name } }, a.name)));
    colorBy.value = state.colorBy;
    sizeBy.value = state.sizeBy;
  };
  colorBy.append(el('option', { attrs: { value: 'kind' } }, 'kind'), el('option', { attrs: { value: 'community' } }, 'community (Louvain)'));
  sizeBy.append(el('option', { attrs: { value: 'degree' } }, 'degree'));
  for (const select of [colorBy, sizeBy]) {
    select.addEventListener('focus', fill);
    select.addEventListener('pointerdown', fill);
  }
  colorBy.addEventListener('change', () => ctx.onChange({ ...ctx.getState(), colorBy: colorBy.value }));
  sizeBy.addEventListener('change', () => ctx.onChange({ ...ctx.getState(), sizeBy: sizeBy.value }));
  community.append(el('option', { attrs: { value: '' } }, 'all communities'));
  community.addEventListener('change', () => ctx.onChange({ ...ctx.getState(), community: community.value === '' ? null : Number(community.value) }));
  let communityCount = -1;
  const density = el('input', { attrs: { type: 'range', id: 'label-density', min: 0, max: 200, step: 5, value: ctx.labelDensity, 'aria-label': 'label density' } });
  density.addEventListener('input', () => ctx.setLabelDensity(Number(density.value)));
  container.replaceChildren(
    el('div', { className: 'scopes' }, ...scopeButtons, expand),
    el('label', { className: 'select-row' }, 'Colour ', colorBy),
    el('label', { className: 'select-row' }, 'Size ', sizeBy),
    el('label', { className: 'select-row' }, 'Show ', community),
    el('label', { className: 'select-row', title: 'how many labels to try (overlapping ones are never drawn)' }, 'Labels ', density),
  );
  return (state, info) => {
    for (const button of scopeButtons) button.setAttribute('aria-pressed', String(button.dataset.scope === state.scope));
    expand.hidden = state.scope !== 'ego';
    if (![...colorBy.options].some((o) => o.value === state.colorBy)) fill();
    colorBy.value = state.colorBy;
    if (![...sizeBy.options].some((o) => o.value === state.sizeBy)) fill();
    sizeBy.value = state.sizeBy;
    if (info.communities !== null && info.communities !== communityCount) {
      communityCount = info.communities;
      community.replaceChildren(el('option', { attrs: { value: '' } }, 'all communities'), ...Array.from({ length: Math.min(info.communities, 30) }, (_v, i) => el('option', { attrs: { value: i } }, `community ${i + 1}`)));
    }
    if (info.communities === null && state.community === null) community.title = 'colour by community once to list them';
    community.value = state.community === null ? '' : String(state.community);
  };
}
