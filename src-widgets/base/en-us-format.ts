/*
 * en-US number and day text without Intl, exactly as Intl writes it (the tests compare the two).
 *
 * Why: a renderer's first `Intl.NumberFormat` or `Intl.DateTimeFormat` costs 20–90 ms, because V8
 * first builds its list of the locales that have number (or calendar) data, opening the ICU data
 * of every locale ICU knows; once per process, whatever is then formatted (after
 * `Intl.NumberFormat.supportedLocalesOf()` the first formatter takes 0.2 ms). A dashboard on a
 * fresh page paid that inside its first render. en-US, the usual default, is simple enough to
 * write directly: Latin digits, ',' between groups of three, '.' before the fraction, English
 * month abbreviations. Every other locale still goes through Intl (format.ts decides).
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * `new Intl.NumberFormat('en-US', { maximumFractionDigits }).format(value)` for a finite value.
 * Like ICU, it rounds the shortest decimal that reads back as the value (1.005 → "1.01", which
 * toFixed would write "1.00"), half away from zero, and keeps the sign of a negative that rounds
 * to zero ("-0").
 */
export function enUsNumber(value: number, maximumFractionDigits: number): string {
  const negative = value < 0 || Object.is(value, -0);
  // The shortest round-trip decimal, possibly in exponent form (1e+21, 5e-7).
  const [, whole = '0', fraction = '', exponent = '0'] = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(Math.abs(value))) ?? [];
  let digits = whole + fraction;
  let point = whole.length + Number(exponent);
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const kept = point + maximumFractionDigits;
  if (digits.length > kept) {
    const up = digits.charCodeAt(kept) >= 53; // '5'
    digits = digits.slice(0, kept);
    if (up) {
      digits = increment(digits);
      if (digits.length > kept) point += 1;
    }
  }
  const integer = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const decimals = digits.slice(point).replace(/0+$/, '');
  return `${negative ? '-' : ''}${integer.replace(/\B(?=(\d{3})+$)/g, ',')}${decimals === '' ? '' : `.${decimals}`}`;
}

/** A decimal digit string plus one in its last place ("0999" → "1000", "99" → "100"). */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i -= 1;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return `${digits.slice(0, i)}${String(Number(digits[i]) + 1)}${'0'.repeat(digits.length - i - 1)}`;
}

/** `new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date)`. */
export function enUsDay(date: Date): string {
  return `${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCDate()}`;
}
