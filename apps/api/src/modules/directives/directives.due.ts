import type { Due, TimeZone } from '@selaras/contracts';

// Indonesia keeps no daylight saving: each zone is a fixed offset from UTC.
const UTC_OFFSET_HOURS: Record<TimeZone, number> = { 'Asia/Jakarta': 7, 'Asia/Makassar': 8, 'Asia/Jayapura': 9 };

/** The instant a due time means for a unit: "10.00" in the unit's own zone, or in the zone the directive names. */
export function dueInstant(due: Due, unitZone: TimeZone): Date {
  const zone = due.zone === 'unit' ? unitZone : due.zone;
  const [date = '', time = ''] = due.local.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, (hh ?? 0) - UTC_OFFSET_HOURS[zone], mm ?? 0));
}
