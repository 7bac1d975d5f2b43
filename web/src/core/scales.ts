// Scales the controls use: the weight slider's log scale and the timeline's months.

/** Positions of the weight slider. */
export const WEIGHT_STEPS = 100;

/** Minimum weight at a slider position: 1 at 0, the graph's maximum at the end, a log scale between. */
export function weightAt(step: number, maxWeight: number): number {
  if (maxWeight <= 1) return 1;
  return Math.max(1, Math.round(Math.exp((Math.min(WEIGHT_STEPS, Math.max(0, step)) / WEIGHT_STEPS) * Math.log(maxWeight))));
}

/** Slider position of a minimum weight (the inverse of {@link weightAt}). */
export function weightStep(weight: number, maxWeight: number): number {
  if (maxWeight <= 1 || weight <= 1) return 0;
  return Math.min(WEIGHT_STEPS, Math.round((Math.log(weight) / Math.log(maxWeight)) * WEIGHT_STEPS));
}

/** Every month from the first to the last, inclusive (YYYY-MM). */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) [y, m] = [y + 1, 1];
    if (out.length > 1200) break; // a century: dates beyond are noise
  }
  return out;
}

