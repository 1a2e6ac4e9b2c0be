import type { StoredFile, TimeZone } from '@selaras/contracts';
import { formatDateTime, formatNumber, type Language } from '@/lib/format';
import type { Translate } from '@/lib/i18n/i18n';

/** "Diambil 9 September 2025, 08.15 WIB" when the camera recorded its offset; the camera's own clock otherwise. */
export function takenAtText(file: StoredFile, timeZone: TimeZone, t: Translate, lang: Language): string | null {
  if (!file.takenAt) return null;
  const zoned = /([+-]\d{2}:\d{2}|Z)$/.test(file.takenAt);
  const time = zoned ? formatDateTime(file.takenAt, timeZone, lang) : t('evidence.cameraClock', { time: file.takenAt.replace('T', ' ') });
  return t('evidence.takenAt', { time });
}

export function positionText(file: StoredFile, t: Translate, lang: Language): string | null {
  if (file.lat === null || file.lon === null) return null;
  return t('evidence.position', { lat: formatNumber(file.lat, lang, 5), lon: formatNumber(file.lon, lang, 5) });
}

/** "2,4 MB", "310 KB". */
export function sizeText(bytes: number, lang: Language): string {
  if (bytes >= 1_048_576) return `${formatNumber(bytes / 1_048_576, lang, 1)} MB`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), lang, 0)} KB`;
}
