const ZONE_LABEL: Record<string, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

/** "9 Sep 2025 10.00 WITA": a time as people in that zone read it. */
export function localTime(at: Date, timeZone: string): string {
  const text = new Intl.DateTimeFormat('id-ID', { timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(at);
  return `${text.replace(',', '')} ${ZONE_LABEL[timeZone] ?? timeZone}`;
}

/** The calendar date, weekday (1 = Monday) and hour at `at` in `timeZone`. */
export function localParts(at: Date, timeZone: string): { date: string; weekday: number; hour: number } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1;
  return { date: `${get('year')}-${get('month')}-${get('day')}`, weekday, hour: Number(get('hour')) };
}

/**
 * The digest period `at` falls in for a reader in `timeZone`, once the digest hour has come:
 * the local date (daily) or the Monday's date prefixed "week-" (weekly); null before the hour or on other weekdays.
 */
export function digestPeriod(at: Date, timeZone: string, digest: 'daily' | 'weekly', hour: number): string | null {
  const local = localParts(at, timeZone);
  if (local.hour < hour) return null;
  if (digest === 'daily') return local.date;
  return local.weekday === 1 ? `week-${local.date}` : null;
}
