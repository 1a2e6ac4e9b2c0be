import type { Due, Metric, Recurrence } from '@selaras/contracts';
import { formatDate, formatNumber, zoneAbbreviation, type Language } from '@/lib/format';
import type { Translate } from '@/lib/i18n/i18n';

const KANWIL_PREFIX = /^Kantor Wilayah (Direktorat Jenderal Pemasyarakatan|Ditjenpas) /i;

/** "Kanwil Banten" for "Kantor Wilayah Direktorat Jenderal Pemasyarakatan Banten"; other names unchanged. */
export function shortUnitName(name: string): string {
  return name.replace(KANWIL_PREFIX, 'Kanwil ');
}

/** "9 September 2025, 10.00 WIB", or "… 10.00 waktu setempat tiap unit" when each unit keeps its own clock. */
export function describeDue(due: Due, t: Translate, lang: Language): string {
  const [date = '', time = ''] = due.local.split('T');
  const zone = due.zone === 'unit' ? t('directives.due.unitZone') : zoneAbbreviation(due.zone);
  return `${formatDate(date, lang)}, ${time.replace(':', '.')} ${zone}`;
}

/** "Mingguan, setiap Senin, 4 jendela pelaporan". */
export function describeRecurrence(recurrence: Recurrence, windowCount: number, t: Translate): string {
  const kind = t(`recurrence.kind.${recurrence.kind}`);
  const windows = t('recurrence.windows', { count: windowCount });
  if (recurrence.kind === 'weekly') return `${kind}, ${t(`weekday.${recurrence.weekday as 1}`)}, ${windows}`;
  if (recurrence.kind === 'monthly') {
    const day = recurrence.dayOfMonth === 'last' ? t('recurrence.lastDay') : t('recurrence.day', { day: recurrence.dayOfMonth });
    return `${kind}, ${day}, ${windows}`;
  }
  return `${kind}, ${windows}`;
}

/** A reported value as people read it: "1.200 batang", "Ya", "Lahan SAE". */
export function formatMetricValue(metric: Metric, value: unknown, t: Translate, lang: Language): string {
  if (value === undefined || value === null || value === '') return '–';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') {
    const number = formatNumber(value, lang, 2);
    return metric.unit ? `${number} ${metric.unit}` : number;
  }
  return String(value);
}

/** A roll-up total (sum, average or count), or a dash when nothing has been counted yet. */
export function formatTotal(value: number | null | undefined, lang: Language): string {
  return value === null || value === undefined ? '–' : formatNumber(value, lang, 2);
}

/** "1.200 batang"; a dash or a unitless metric stays as it is. */
export function withUnit(value: string, unit: string | undefined): string {
  return unit && value !== '–' ? `${value} ${unit}` : value;
}
