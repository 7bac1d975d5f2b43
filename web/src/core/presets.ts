// Preset views as descriptors: each turns the current state into a new one; the preset buttons are built from this list.
import type { GraphIndex } from './graph-index.ts';
import { defaultState, type ViewState } from './view-state.ts';

/** A named view the user can switch to in one click. */
export interface Preset {
  id: string;
  name: string;
  description: string;
  apply(state: ViewState, index: GraphIndex): ViewState;
}

/** Every kind and relation the graph can show: the schema's plus any the graph adds. */
function allOf(counts: Map<string, number>): string[] {
  return [...counts.keys()];
}

/** Fixed presets; summit views are made per summit by {@link summitPreset}. */
export const PRESETS: readonly Preset[] = [
  {
    id: 'everything',
    name: 'Everything',
    description: 'all kinds and stated relations (co-mentions off), no filters',
    apply: (state) => ({ ...defaultState(), selected: state.selected }),
  },
  {
    id: 'who-met-whom',
    name: 'Who met whom',
    description: 'people and their meetings only',
    apply: (state, index) => ({
      ...defaultState(),
      selected: state.selected,
      hiddenKinds: new Set(allOf(index.kindCounts).filter((k) => k !== 'person')),
      hiddenRelations: new Set(allOf(index.relationCounts).filter((r) => r !== 'met')),
      linkedOnly: true,
    }),
  },
];

/** A summit's view: the summit, the people who attended it and the country that hosted it, with the relations among them. */
export function summitPreset(summit: { key: string; label: string }): Preset {
  return {
    id: `summit:${summit.key}`,
    name: summit.label,
    description: `${summit.label}: its attendees and host`,
    apply: () => ({ ...defaultState(), selected: summit.key, summit: summit.key }),
  };
}
