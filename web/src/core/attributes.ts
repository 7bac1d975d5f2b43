// Any node attribute as a colour or a size: finds which attributes a graph's nodes carry, and maps their values to
// colours (categorical: a palette for the most common values; numeric: a ramp) or to sizes (numeric, on a log scale).
import type { ViewGraph } from '../view-graph.ts';

/** Attributes that are structure or text, never a colour or size. */
const NOT_STYLABLE = new Set(['x', 'y', 'label', 'aliases', 'articles', 'roles', 'size', 'color', 'type', 'hidden', 'zIndex']);

/** Distinct colours for categories, in order of frequency (colour-blind-friendly Tableau 10, then greys). */
export const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
export const OTHER_COLOR = '#c8c8c8';

/** What the viewer knows about one node attribute. */
export interface AttributeInfo {
  name: string;
  /** numeric when every present value is a finite number */
  type: 'numeric' | 'categorical';
  /** nodes that have it */
  count: number;
  /** categorical: values by frequency, most common first */
  values: string[];
  min: number;
  max: number;
}

/** The node attributes a graph carries, with their types and values. One pass over the nodes. */
export function describeAttributes(graph: ViewGraph): AttributeInfo[] {
  const seen = new Map<string, { count: number; numeric: boolean; freq: Map<string, number>; min: number; max: number }>();
  graph.forEachNode((_key, attributes) => {
    for (const [name, value] of Object.entries(attributes)) {
      if (NOT_STYLABLE.has(name) || value === null || value === undefined || typeof value === 'object') continue;
      let info = seen.get(name);
      if (!info) seen.set(name, (info = { count: 0, numeric: true, freq: new Map(), min: Infinity, max: -Infinity }));
      info.count++;
      const n = typeof value === 'number' ? value : NaN;
      if (Number.isFinite(n)) {
        info.min = Math.min(info.min, n);
        info.max = Math.max(info.max, n);
      } else info.numeric = false;
      if (info.freq.size <= 200 || info.freq.has(String(value))) info.freq.set(String(value), (info.freq.get(String(value)) ?? 0) + 1);
    }
  });
  return [...seen]
    .map(([name, s]) => ({
      name,
      type: s.numeric ? ('numeric' as const) : ('categorical' as const),
      count: s.count,
      values: [...s.freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => v),
      min: s.numeric ? s.min : 0,
      max: s.numeric ? s.max : 0,
    }))
    .filter((a) => a.type === 'numeric' ? a.max > a.min : a.values.length > 1 && a.values.length <= 200)
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** A colour between two hex colours, `t` in [0, 1]. */
function mix(from: string, to: string, t: number): string {
  const c = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2].map((i) => Math.round(c(from, i) + (c(to, i) - c(from, i)) * t).toString(16).padStart(2, '0')).join('')}`;
}

/** A value → colour function for an attribute, and the legend lines that explain it. */
export function attributeColors(info: AttributeInfo): { color(value: unknown): string; legend: { name: string; color: string }[] } {
  if (info.type === 'numeric') {
    const [low, high] = ['#d7e6f5', '#08306b'];
    const span = info.max - info.min || 1;
    return {
      color: (value) => (typeof value === 'number' && Number.isFinite(value) ? mix(low, high, (value - info.min) / span) : OTHER_COLOR),
      legend: [{ name: `${info.name} ${info.min}`, color: low }, { name: `${info.name} ${info.max}`, color: high }],
    };
  }
  const top = new Map(info.values.slice(0, PALETTE.length).map((v, i) => [v, PALETTE[i]]));
  return {
    color: (value) => top.get(String(value)) ?? OTHER_COLOR,
    legend: [...[...top].map(([name, color]) => ({ name, color })), ...(info.values.length > PALETTE.length ? [{ name: 'other', color: OTHER_COLOR }] : [])],
  };
}

/** Size in pixels for a value on a log scale between `min` and `max` pixels. */
export function logSize(value: number, maxValue: number, min: number, max: number): number {
  if (!(value > 0) || !(maxValue > 0)) return min;
  return min + (max - min) * Math.min(1, Math.log1p(value) / Math.log1p(maxValue));
}
