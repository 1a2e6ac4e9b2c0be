import { wallClock } from '../../platform/wall-clock.js';
import type { TimeZone } from '@selaras/contracts';

export const ZONE_LABELS: Record<TimeZone, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

export const STATUS_LABELS: Record<string, string> = {
  belum_dimulai: 'Belum dimulai',
  dalam_proses: 'Dalam proses',
  dilaporkan: 'Dilaporkan',
  dikembalikan: 'Dikembalikan',
  dilaporkan_ulang: 'Dilaporkan ulang',
  terverifikasi: 'Terverifikasi',
};

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return that
 * hides one) as a formula; a leading apostrophe keeps it plain text.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** "2025-09-10 10.00 WIB": the instant in the unit's own zone, labelled. */
export function localTime(at: Date, zone: TimeZone): string {
  const [date = '', time = ''] = wallClock(at, zone).split('T');
  return `${date} ${time.replace(':', '.')} ${ZONE_LABELS[zone]}`;
}

function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : neutralise(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 with a UTF-8 byte order mark (so spreadsheet programs read Indonesian text right). */
export function toCsv(header: string[], rows: (string | number)[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
