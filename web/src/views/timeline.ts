// Timeline under the graph: a histogram of evidence sentences per month, a slider that shows the relations dated up to
// a month, and a play button that replays them month by month.
import { el, replace } from './dom.ts';
import { monthsBetween } from '../core/scales.ts';
import type { GraphIndex } from '../core/graph-index.ts';
import type { ViewState } from '../core/view-state.ts';
import type { ViewerSettings } from '../core/settings.ts';

/** Updates the timeline to a state; returned by {@link renderTimeline}. */
export type SyncTimeline = (state: ViewState) => void;

/** Builds the timeline into `container` for one graph. */
export function renderTimeline(container: HTMLElement, index: GraphIndex, getState: () => ViewState, onChange: (next: ViewState) => void, settings: ViewerSettings['timeline']): SyncTimeline {
  const dated = [...index.edgeMonth.values(), ...index.nodeMonth.values()].sort();
  if (dated.length === 0) {
    replace(container, el('span', { className: 'muted' }, 'No dated relations: no timeline.'));
    container.dataset.months = '0';
    return () => undefined;
  }
  const months = monthsBetween(dated[0], dated[dated.length - 1]);
  const counts = new Map(index.evidencePerMonth);
  const max = Math.max(1, ...months.map((m) => counts.get(m) ?? 0));
  const bars = el('div', { className: 'histogram', attrs: { role: 'img', 'aria-label': 'evidence sentences per month' } });
  for (const month of months) {
    const n = counts.get(month) ?? 0;
    const bar = el('span', { className: 'bar', attrs: { 'data-month': month, 'data-count': n }, title: `${month}: ${n} sentence${n === 1 ? '' : 's'}` });
    bar.style.height = `${n ? Math.max(2, (100 * n) / max) : 0}%`;
    bars.append(bar);
  }
  const slider = el('input', { attrs: { type: 'range', id: 'timeline-until', min: 0, max: months.length - 1, step: 1, value: months.length - 1, 'aria-label': 'show relations dated up to this month' } });
  const label = el('output', { attrs: { for: 'timeline-until', id: 'timeline-label' } });
  const play = el('button', { attrs: { type: 'button', id: 'timeline-play', 'aria-pressed': 'false' }, title: 'replay the relations month by month' }, '▶ Play');
  let timer: ReturnType<typeof setInterval> | null = null;
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
    play.textContent = '▶ Play';
    play.setAttribute('aria-pressed', 'false');
  };
  const setMonth = (i: number) => onChange({ ...getState(), until: i >= months.length - 1 ? null : months[i] });
  slider.addEventListener('input', () => {
    stop();
    setMonth(Number(slider.value));
  });
  play.addEventListener('click', () => {
    if (timer) return stop();
    let i = Number(slider.value) >= months.length - 1 ? 0 : Number(slider.value);
    setMonth(i);
    play.textContent = '❚❚ Pause';
    play.setAttribute('aria-pressed', 'true');
    timer = setInterval(() => {
      i++;
      if (i >= months.length - 1) stop();
      setMonth(Math.min(i, months.length - 1));
    }, Math.max(30, Math.min(settings.stepMs, settings.replayMs / months.length)));
  });
  replace(container, play, el('div', { className: 'timeline-track' }, bars, slider), label);
  container.dataset.months = String(months.length);
  return (state) => {
    const i = state.until ? Math.max(0, months.findIndex((m) => m >= state.until!)) : months.length - 1;
    slider.value = String(i === -1 ? months.length - 1 : i);
    label.textContent = state.until ? `up to ${state.until}` : `all (${months[0]} – ${months[months.length - 1]})`;
    for (const bar of bars.children) (bar as HTMLElement).classList.toggle('later', Boolean(state.until && (bar as HTMLElement).dataset.month! > state.until));
  };
}
