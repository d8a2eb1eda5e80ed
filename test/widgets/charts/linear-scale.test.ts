import { expect } from '@open-wc/testing';
import { scaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { niceLinearScale } from '../../../src-widgets/charts/linear-scale';

/** d3-scale's answer, which the charts drew with before: the reference. */
function d3Scale(domain: [number, number], range: [number, number]) {
  return scaleLinear().domain(domain).nice().range(range);
}

describe('niceLinearScale', () => {
  const range: [number, number] = [212, 12];

  function same(domain: [number, number], values: number[]): void {
    const ours = niceLinearScale(domain, range);
    const theirs = d3Scale(domain, range);
    for (const count of [1, 4, 10]) expect(ours.ticks(count), `${domain.join('..')}: ${count} ticks`).to.deep.equal(theirs.ticks(count));
    for (const value of [...values, ...theirs.ticks(4), ...theirs.domain()]) expect(ours(value), `${domain.join('..')}: ${value}`).to.equal(theirs(value));
  }

  it('draws what d3-scale draws for the charts’ domains', () => {
    // The runs chart: 0 to the tallest bar (at least 1); processing: 0 to the largest ms per record (or 1).
    for (const max of [1, 2, 3, 7, 9, 10, 11, 19, 20, 22, 99, 101, 648, 1000, 1001, 12_345, 0.004, 0.37, 1.234, 5.5, 49.99]) same([0, max], [0, max / 3, max / 2, max]);
  });

  it('draws what d3-scale draws for any domain from 0', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 1e12, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (max, share) => same([0, max], [max * share])),
      { numRuns: 3000 },
    );
  });

  it('draws what d3-scale draws for other ascending domains', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (start, width) => same([start, start + width], [start + width / 3])),
      { numRuns: 2000 },
    );
    same([5, 5], [5, 4]);
  });
});
