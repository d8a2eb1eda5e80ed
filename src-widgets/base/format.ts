import { labelOf } from '../../src-shared/model/column';
import { enUsDay, enUsNumber } from './en-us-format';

/** Display helpers. Every one returns plain text; templates put it in text positions only. */

/*
 * One Intl formatter per option set, made on first use and kept: `toLocaleString(locale, options)`
 * builds a new formatter on every call, and a chart formats dozens of numbers per render. The
 * default locale is fixed for the page's lifetime, so a kept formatter gives the same text.
 */
const numberFormats = new Map<number, Intl.NumberFormat>();
let dateTimeFormat: Intl.DateTimeFormat | undefined;
let dayFormat: Intl.DateTimeFormat | undefined;

let enUs: boolean | undefined;

/**
 * Whether the page's default locale is en-US, whose numbers and days en-us-format.ts writes without
 * Intl. Asked of Intl.PluralRules: it resolves the same default locale as the formatters, but has
 * no per-locale data to look up first, so a fresh page answers in well under a millisecond.
 */
function defaultIsEnUs(): boolean {
  if (enUs === undefined) {
    try {
      enUs = new Intl.PluralRules().resolvedOptions().locale === 'en-US';
    } catch {
      enUs = false;
    }
  }
  return enUs;
}

function numberFormat(digits: number): Intl.NumberFormat {
  let format = numberFormats.get(digits);
  if (format === undefined) {
    format = new Intl.NumberFormat(undefined, { maximumFractionDigits: digits });
    numberFormats.set(digits, format);
  }
  return format;
}

export function formatDateTime(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  dateTimeFormat ??= new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  return dateTimeFormat.format(date);
}

export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${(ms / 60_000).toFixed(1)} min`;
}

export function formatNumber(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return defaultIsEnUs() ? enUsNumber(value, digits) : numberFormat(digits).format(value);
}

export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A choice value as a label: `connectivity_test` → `Connectivity test`. */
export function label(value: string | null | undefined): string {
  return value === null || value === undefined || value === '' ? '' : labelOf(value);
}

/** `2026-11-20` → `Nov 20` (UTC day keys from the metrics). */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  if (defaultIsEnUs()) return enUsDay(date);
  dayFormat ??= new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  return dayFormat.format(date);
}
