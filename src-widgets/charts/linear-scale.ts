/*
 * The charts' value axis: a linear scale over a domain widened to round numbers, its ticks, and
 * value → position; the same numbers as d3-scale's `scaleLinear().domain(d).nice().range(r)` (the
 * tests compare the two). Tick steps are 1, 2 or 5 × 10ⁿ, chosen as d3-array chooses them.
 *
 * Why not scaleLinear itself: it brings d3-interpolate, d3-color and d3-format along for colour
 * and string interpolation and tick formats the charts never use, 10 KB of the bundle's 60 KB
 * gzipped, and code a first render compiles.
 */

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/**
 * About `count` ticks from `start` to `stop` (ascending): the first and last tick as multiples of
 * the step, and the step (negative: the step is 1 / -step, which keeps small steps exact).
 */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / Math.pow(10, power);
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let first: number;
  let last: number;
  let increment: number;
  if (power < 0) {
    increment = Math.pow(10, -power) / factor;
    first = Math.round(start * increment);
    last = Math.round(stop * increment);
    if (first / increment < start) first += 1;
    if (last / increment > stop) last -= 1;
    increment = -increment;
  } else {
    increment = Math.pow(10, power) * factor;
    first = Math.round(start / increment);
    last = Math.round(stop / increment);
    if (first * increment < start) first += 1;
    if (last * increment > stop) last -= 1;
  }
  if (last < first && count >= 0.5 && count < 2) return tickSpec(start, stop, count * 2);
  return [first, last, increment];
}

function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const [first, last, increment] = tickSpec(start, stop, count);
  if (!(last >= first)) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => (increment < 0 ? (first + i) / -increment : (first + i) * increment));
}

export interface LinearScale {
  (value: number): number;
  /** About `count` round values across the domain. */
  ticks(count: number): number[];
}

/** A linear scale from an ascending domain, widened to round numbers, to a range. */
export function niceLinearScale(domain: readonly [number, number], [from, to]: readonly [number, number]): LinearScale {
  let [start, stop] = domain;
  // Widen the domain to multiples of its tick step (for about 10 ticks) until the step settles; a
  // step that never settles within 10 rounds leaves the domain as given.
  let previous: number | undefined;
  let settled = false;
  for (let round = 0; round < 10 && !settled; round++) {
    const step = tickSpec(start, stop, 10)[2];
    if (step === previous) settled = true;
    else if (step > 0) [start, stop] = [Math.floor(start / step) * step, Math.ceil(stop / step) * step];
    else if (step < 0) [start, stop] = [Math.ceil(start * step) / step, Math.floor(stop * step) / step];
    else break;
    previous = step;
  }
  if (!settled) [start, stop] = domain;
  const span = stop - start;
  const scale = (value: number): number => {
    const t = span ? (value - start) / span : Number.isNaN(span) ? Number.NaN : 0.5;
    return from * (1 - t) + to * t;
  };
  scale.ticks = (count: number) => ticks(start, stop, count);
  return scale;
}
