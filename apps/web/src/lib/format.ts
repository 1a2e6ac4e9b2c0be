import type { TimeZone } from '@selaras/contracts';

export type Language = 'id' | 'en';

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

const ZONE_ABBREVIATIONS: Record<TimeZone, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** WIB, WITA or WIT: how Indonesians label their three zones. */
export function zoneAbbreviation(timeZone: TimeZone): string {
  return ZONE_ABBREVIATIONS[timeZone];
}

/** "WIB (Asia/Jakarta)". */
export function describeTimeZone(timeZone: TimeZone): string {
  return `${zoneAbbreviation(timeZone)} (${timeZone})`;
}

type Parts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

function partsOf(date: Date, lang: Language, options: Intl.DateTimeFormatOptions): Parts {
  const parts: Parts = {};
  for (const part of new Intl.DateTimeFormat(LOCALES[lang], options).formatToParts(date)) {
    parts[part.type] = part.value;
  }
  return parts;
}

function toDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

/** "08.15 WITA": the clock time in a zone, with the zone named. */
export function formatTime(value: string | Date, timeZone: TimeZone, lang: Language): string {
  const p = partsOf(toDate(value), lang, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${p.hour ?? ''}.${p.minute ?? ''} ${zoneAbbreviation(timeZone)}`;
}

/** "9 September 2025, 08.15 WITA" (month names follow the language). */
export function formatDateTime(value: string | Date, timeZone: TimeZone, lang: Language): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const p = partsOf(date, lang, { timeZone, day: 'numeric', month: 'long', year: 'numeric' });
  return `${p.day ?? ''} ${p.month ?? ''} ${p.year ?? ''}, ${formatTime(date, timeZone, lang)}`;
}

/**
 * A calendar date, which has no zone of its own, as precise as it was given:
 * "2025-07-01" → "1 Juli 2025", "2025-07" → "Juli 2025", "2025" → "2025".
 */
export function formatDate(value: string, lang: Language): string {
  if (/^\d{4}$/.test(value)) return value;
  const monthOnly = /^\d{4}-\d{2}$/.test(value);
  const date = new Date(value.length <= 10 ? `${monthOnly ? `${value}-01` : value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  const p = partsOf(date, lang, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
  return monthOnly ? `${p.month ?? ''} ${p.year ?? ''}` : `${p.day ?? ''} ${p.month ?? ''} ${p.year ?? ''}`;
}

/** The hour (0–23) it is now in a zone. */
export function hourIn(timeZone: TimeZone, now: Date = new Date()): number {
  const p = partsOf(now, 'en', { timeZone, hour: '2-digit', hourCycle: 'h23' });
  return Number(p.hour ?? '0');
}

/** "1.442,8" in Indonesian, "1,442.8" in English. */
export function formatNumber(value: number, lang: Language, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits }).format(value);
}

/** "215,3%" from 215.3. */
export function formatPercent(value: number, lang: Language): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}
