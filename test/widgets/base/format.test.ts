import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { enUsDay, enUsNumber } from '../../../src-widgets/base/en-us-format';
import { formatDay, formatNumber } from '../../../src-widgets/base/format';

const intlNumber = (locale: string | undefined, digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits });

describe('en-US formatting without Intl', () => {
  const formats = [0, 1, 2, 3].map((digits) => intlNumber('en-US', digits));

  it('writes the edge cases as Intl does', () => {
    const values = [
      0, -0, 1, -1, 0.5, 1.5, 2.5, -2.5, -0.4, 0.005, 1.005, 0.145, 0.125, 8.345, 999.995, 999999.5, 1234.5, 0.1 + 0.2,
      5e-7, -5e-7, 1e-7, 9.995e-3, 1e21, 1.5e300, Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 123456789.98765431,
    ];
    for (const value of values) {
      for (const [digits, format] of formats.entries()) expect(enUsNumber(value, digits), `${value} to ${digits} digits`).to.equal(format.format(value));
    }
  });

  it('writes any finite number as Intl does', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 3 }), (value, digits) => {
        expect(enUsNumber(value, digits)).to.equal(formats[digits]?.format(value));
      }),
      { numRuns: 5000 },
    );
  });

  it('rounds halves of the shortest decimal as Intl does', () => {
    // Values like 12.345 or -0.0005: a 5 right after the kept digits, where binary and decimal rounding differ.
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 3 }), (n, scale, digits) => {
        const value = (n * 10 + 5) / 10 ** (scale + 1);
        expect(enUsNumber(value, digits), `${value} to ${digits} digits`).to.equal(formats[digits]?.format(value));
      }),
      { numRuns: 5000 },
    );
  });

  it('writes every day from 1970 to 2100 as Intl does', () => {
    const format = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
    for (let t = Date.UTC(1970, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
      const date = new Date(t);
      if (enUsDay(date) !== format.format(date)) expect(enUsDay(date), date.toISOString()).to.equal(format.format(date));
    }
  });
});

describe('formatNumber and formatDay', () => {
  it('write what Intl writes in the page’s default locale', () => {
    // On an en-US page this goes through en-us-format.ts, elsewhere through Intl itself.
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 2 }), (value, digits) => {
        expect(formatNumber(value, digits)).to.equal(intlNumber(undefined, digits).format(value));
      }),
      { numRuns: 1000 },
    );
    const day = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
    for (const key of ['2026-01-01', '2026-02-28', '2026-09-15', '2026-11-20', '2024-02-29']) expect(formatDay(key)).to.equal(day.format(new Date(`${key}T00:00:00Z`)));
    expect(formatNumber(null)).to.equal('—');
    expect(formatNumber(Number.POSITIVE_INFINITY)).to.equal('—');
    expect(formatDay('not a day')).to.equal('not a day');
  });
});
