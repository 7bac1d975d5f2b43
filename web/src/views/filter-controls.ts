// Filter sidebar built from the schema: kind and relation checkboxes (which double as the legend), weight, years, presets.
import { KIND_STYLES, RELATION_STYLES, kindColor, relationColor } from '../../../src/graph/style.ts';
import { RELATIONS } from '../../../src/graph/relations.ts';
import { el, swatch } from './dom.ts';
import { WEIGHT_STEPS, weightAt, weightStep } from '../core/scales.ts';
import type { GraphIndex } from '../core/graph-index.ts';
import { PRESETS, summitPreset, type Preset } from '../core/presets.ts';
import type { ViewGraph } from '../view-graph.ts';
import type { ViewState } from '../core/view-state.ts';
import type { Visibility } from '../core/visibility.ts';

/** What the controls report back: a whole new state (the app diffs nothing, it just re-renders); `fit` moves the camera to what is shown. */
export type StateChange = (next: ViewState, options?: { fit?: boolean }) => void;

/** Updates the controls to a state; returned by {@link renderFilterControls}. */
export type SyncControls = (state: ViewState, visibility: Visibility) => void;

interface ToggleRow {
  value: string;
  name: string;
  color: string;
  description: string;
  total: number;
}

function toggleList(legend: string, field: 'hiddenKinds' | 'hiddenRelations', rows: ToggleRow[], getState: () => ViewState, onChange: StateChange) {
  const boxes = new Map<string, { box: HTMLInputElement; count: HTMLSpanElement }>();
  const fieldset = el('fieldset', { className: 'toggles', attrs: { 'data-filter': field === 'hiddenKinds' ? 'kinds' : 'relations' } }, el('legend', {}, legend));
  for (const row of rows) {
    const box = el('input', { attrs: { type: 'checkbox', name: field, value: row.value, disabled: row.total === 0 } });
    box.addEventListener('change', () => {
      const state = getState();
      const hidden = new Set(state[field]);
      if (box.checked) hidden.delete(row.value);
      else hidden.add(row.value);
      onChange({ ...state, [field]: hidden });
    });
    const count = el('span', { className: 'count' });
    fieldset.append(el('label', { title: row.description, className: row.total === 0 ? 'is-empty' : undefined }, box, swatch(row.color), el('span', { className: 'toggle-name' }, row.name), count));
    boxes.set(row.value, { box, count });
  }
  return { fieldset, boxes };
}

/** Kinds and relations to list: the schema's, in schema order, then any the graph adds. */
function kindRows(index: GraphIndex): ToggleRow[] {
  return [...index.kindCounts].map(([kind, total]) => ({
    value: kind,
    name: (KIND_STYLES as Record<string, { name: string }>)[kind]?.name ?? kind,
    color: kindColor(kind),
    description: `${total} nodes of kind ${kind}`,
    total,
  }));
}

function relationRows(index: GraphIndex): ToggleRow[] {
  return [...index.relationCounts].map(([relation, total]) => ({
    value: relation,
    name: (RELATION_STYLES as Record<string, { name: string }>)[relation]?.name ?? relation,
    color: relationColor(relation),
    description: (RELATIONS as Record<string, { description: string }>)[relation]?.description ?? 'relation outside the schema',
    total,
  }));
}

function presetButtons(presets: readonly Preset[], getState: () => ViewState, index: GraphIndex, onChange: StateChange): HTMLElement {
  return el(
    'div',
    { className: 'presets' },
    ...presets.map((p) => {
      const button = el('button', { attrs: { type: 'button', 'data-preset': p.id }, title: p.description }, p.name);
      button.addEventListener('click', () => onChange(p.apply(getState(), index), { fit: true }));
      return button;
    }),
  );
}

function summitSelect(index: GraphIndex, getState: () => ViewState, onChange: StateChange): { element: HTMLElement; select: HTMLSelectElement } {
  const select = el(
    'select',
    { attrs: { id: 'summit-view', disabled: index.summits.length === 0 } },
    el('option', { attrs: { value: '' } }, index.summits.length ? 'Summit view…' : 'no summit in this graph'),
    ...index.summits.map((s) => el('option', { attrs: { value: s.key } }, s.label)),
  );
  select.addEventListener('change', () => {
    const summit = index.summits.find((s) => s.key === select.value);
    const state = getState();
    onChange(summit ? summitPreset(summit).apply(state, index) : { ...state, summit: null }, { fit: true });
  });
  return { element: el('label', { className: 'summit-view' }, select), select };
}

/** Builds the filter sidebar into `container` for one graph, and returns the function that syncs it to a state. */
export function renderFilterControls(container: HTMLElement, graph: ViewGraph, index: GraphIndex, getState: () => ViewState, onChange: StateChange): SyncControls {
  const kinds = toggleList('Kinds', 'hiddenKinds', kindRows(index), getState, onChange);
  const relations = toggleList('Relations', 'hiddenRelations', relationRows(index), getState, onChange);

  // a log scale: weights run from 1 to thousands, and the small ones are where most edges are
  const weight = el('input', { attrs: { type: 'range', id: 'min-weight', min: 0, max: WEIGHT_STEPS, step: 1, value: 0, disabled: index.maxWeight <= 1, 'aria-label': 'minimum weight (log scale)' } });
  const weightValue = el('output', { attrs: { for: 'min-weight' } }, '1');
  weight.addEventListener('input', () => onChange({ ...getState(), minWeight: weightAt(Number(weight.value), index.maxWeight) }));

  const range = index.yearRange;
  const yearFrom = el('input', { attrs: { type: 'number', id: 'year-from', min: range?.[0], max: range?.[1], value: range?.[0] } });
  const yearTo = el('input', { attrs: { type: 'number', id: 'year-to', min: range?.[0], max: range?.[1], value: range?.[1] } });
  const onYears = () => {
    if (!range) return;
    const from = Number(yearFrom.value) || range[0];
    const to = Number(yearTo.value) || range[1];
    const years: [number, number] = [Math.min(from, to), Math.max(from, to)];
    onChange({ ...getState(), years: years[0] <= range[0] && years[1] >= range[1] ? null : years });
  };
  yearFrom.addEventListener('change', onYears);
  yearTo.addEventListener('change', onYears);

  const linked = el('input', { attrs: { type: 'checkbox', id: 'linked-only' } });
  linked.addEventListener('change', () => onChange({ ...getState(), linkedOnly: linked.checked }));

  const summit = summitSelect(index, getState, onChange);
  container.replaceChildren(
    el('h2', {}, 'Views'),
    presetButtons(PRESETS, getState, index, onChange),
    summit.element,
    kinds.fieldset,
    relations.fieldset,
    el('fieldset', { className: 'ranges' }, el('legend', {}, 'Limits'),
      el('label', { title: 'hide edges supported by fewer sentences' }, 'Min. weight ', weight, ' ', weightValue),
      range
        ? el('label', { className: 'years', title: 'hide dated edges and summits outside these years; undated ones stay' }, 'Years ', yearFrom, ' – ', yearTo)
        : el('p', { className: 'muted' }, 'No dates in this graph.'),
      el('label', { title: 'hide nodes that have no visible edge' }, linked, ' Only linked nodes'),
    ),
  );

  return (state, visibility) => {
    const visibleKinds = visibility.kindCounts ?? countBy(visibility.nodes, (key) => graph.getNodeAttribute(key, 'kind'));
    const visibleRelations = visibility.relationCounts ?? countBy(visibility.edges, (key) => graph.getEdgeAttribute(key, 'relation'));
    for (const [kind, { box, count }] of kinds.boxes) {
      box.checked = !state.hiddenKinds.has(kind);
      count.textContent = `${visibleKinds.get(kind) ?? 0}/${index.kindCounts.get(kind) ?? 0}`;
    }
    for (const [relation, { box, count }] of relations.boxes) {
      box.checked = !state.hiddenRelations.has(relation);
      count.textContent = `${visibleRelations.get(relation) ?? 0}/${index.relationCounts.get(relation) ?? 0}`;
    }
    weight.value = String(weightStep(state.minWeight, index.maxWeight));
    weightValue.textContent = String(state.minWeight);
    if (range) {
      yearFrom.value = String(state.years?.[0] ?? range[0]);
      yearTo.value = String(state.years?.[1] ?? range[1]);
    }
    linked.checked = state.linkedOnly;
    summit.select.value = state.summit ?? '';
  };
}

function countBy(keys: Iterable<string>, of: (key: string) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) {
    const value = of(key);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}
