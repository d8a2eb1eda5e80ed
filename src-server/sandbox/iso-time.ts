// Fast ISO-8601 formatting for whole-second timestamps. Records carry five or six timestamps
// each and exports serialise millions of records, so Date#toISOString on the hot path is
// replaced by a per-day cache plus arithmetic (same output for times between 1970 and 9999).
const DAY = 86_400_000;
const TWO = Array.from({ length: 60 }, (_, k) => String(k).padStart(2, '0'));
const dayCache = new Map<number, string>();

export function isoSeconds(ms: number): string {
  const day = Math.floor(ms / DAY);
  let prefix = dayCache.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY).toISOString().slice(0, 11);
    if (dayCache.size > 20_000) dayCache.clear();
    dayCache.set(day, prefix);
  }
  const rest = ms - day * DAY;
  const s = Math.floor(rest / 1000);
  const msPart = rest - s * 1000;
  const msText = msPart === 0 ? '000' : String(msPart).padStart(3, '0');
  return `${prefix}${TWO[Math.floor(s / 3600)] ?? '00'}:${TWO[Math.floor(s / 60) % 60] ?? '00'}:${TWO[s % 60] ?? '00'}.${msText}Z`;
}
