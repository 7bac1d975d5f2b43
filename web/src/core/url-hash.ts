// Reads and writes the view state in the URL hash (`#node=…&off=…`), so a view can be shared and reloaded.
import { defaultState, sameSet, type ViewState } from './view-state.ts';

/** Hash parameters, one per state field; a missing parameter means the default. */
const PARAM = { selected: 'node', hiddenKinds: 'off', hiddenRelations: 'roff', minWeight: 'w', years: 'years', summit: 'summit', linkedOnly: 'linked', scope: 'view', ego: 'ego', colorBy: 'color', sizeBy: 'size', until: 'until', community: 'community' } as const;

function list(value: string): Set<string> {
  return new Set(value.split(',').map((s) => s.trim()).filter(Boolean));
}

/** Serialises the fields that differ from the defaults, e.g. `node=person%3Awang-yi&roff=`. Empty when all are default. */
export function stateToHash(state: ViewState): string {
  const d = defaultState();
  const params = new URLSearchParams();
  if (state.selected) params.set(PARAM.selected, state.selected);
  if (!sameSet(state.hiddenKinds, d.hiddenKinds)) params.set(PARAM.hiddenKinds, [...state.hiddenKinds].sort().join(','));
  if (!sameSet(state.hiddenRelations, d.hiddenRelations)) params.set(PARAM.hiddenRelations, [...state.hiddenRelations].sort().join(','));
  if (state.minWeight !== d.minWeight) params.set(PARAM.minWeight, String(state.minWeight));
  if (state.years) params.set(PARAM.years, `${state.years[0]}-${state.years[1]}`);
  if (state.summit) params.set(PARAM.summit, state.summit);
  if (state.linkedOnly) params.set(PARAM.linkedOnly, '1');
  if (state.scope !== d.scope) params.set(PARAM.scope, state.scope);
  if (state.scope === 'ego') for (const key of state.ego) params.append(PARAM.ego, key);
  if (state.colorBy !== d.colorBy) params.set(PARAM.colorBy, state.colorBy);
  if (state.sizeBy !== d.sizeBy) params.set(PARAM.sizeBy, state.sizeBy);
  if (state.until) params.set(PARAM.until, state.until);
  if (state.community !== null) params.set(PARAM.community, String(state.community));
  return params.toString();
}

/** Parses a hash (with or without `#`); malformed fields fall back to their defaults. */
export function hashToState(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state = defaultState();
  const selected = params.get(PARAM.selected);
  const off = params.get(PARAM.hiddenKinds);
  const roff = params.get(PARAM.hiddenRelations);
  const w = Number(params.get(PARAM.minWeight));
  const years = /^(\d{1,4})-(\d{1,4})$/.exec(params.get(PARAM.years) ?? '');
  const scope = params.get(PARAM.scope);
  const until = params.get(PARAM.until) ?? '';
  const community = params.get(PARAM.community) ?? '';
  return {
    ...state,
    selected: selected || null,
    hiddenKinds: off === null ? state.hiddenKinds : list(off),
    hiddenRelations: roff === null ? state.hiddenRelations : list(roff),
    minWeight: Number.isFinite(w) && w >= 1 ? w : state.minWeight,
    years: years ? [Math.min(+years[1], +years[2]), Math.max(+years[1], +years[2])] : null,
    summit: params.get(PARAM.summit) || null,
    linkedOnly: params.get(PARAM.linkedOnly) === '1',
    scope: scope === 'all' || scope === 'ego' ? scope : state.scope,
    ego: [...new Set(params.getAll(PARAM.ego).filter(Boolean))],
    colorBy: params.get(PARAM.colorBy) || state.colorBy,
    sizeBy: params.get(PARAM.sizeBy) || state.sizeBy,
    until: /^\d{4}-\d{2}$/.test(until) ? until : null,
    community: /^\d+$/.test(community) ? Number(community) : null,
  };
}
