import type { IncidentCategory, IncidentStatus, IncidentSummary, TimeZone } from '@selaras/contracts';

export type CounterDefView = IncidentSummary['counterDefs'][number];

/** The order an incident moves in; "ditutup" is reached only by closing it. */
const FLOW: readonly IncidentStatus[] = ['dilaporkan', 'ditangani', 'terkendali', 'pulih'];
export type NextStatus = Exclude<IncidentStatus, 'dilaporkan' | 'ditutup'>;

function isNextStatus(status: IncidentStatus): status is NextStatus {
  return status !== 'dilaporkan' && status !== 'ditutup';
}

/** The statuses an incident may move on to: any later step of the flow (a step may be skipped). */
export function nextStatuses(status: IncidentStatus): NextStatus[] {
  const at = FLOW.indexOf(status);
  if (at < 0) return [];
  return FLOW.slice(at + 1).filter(isNextStatus);
}

export function isOpen(status: IncidentStatus): boolean {
  return status !== 'ditutup';
}

/**
 * "Kabur 12 · Tertangkap kembali 5 · Masih buron 7": the latest figures in the category's order;
 * figures not yet given are left out, and an incident without figures gives "".
 */
export function formatCounters(
  counters: Record<string, number>,
  defs: readonly CounterDefView[],
  formatNumber: (value: number) => string = String,
): string {
  return defs
    .filter((def) => counters[def.key] !== undefined)
    .map((def) => `${def.label} ${formatNumber(counters[def.key] ?? 0)}`)
    .join(' · ');
}

/** Only counters a person types: derived ones ("Masih buron") are computed by the server. */
export function typedCounters<T extends { derived?: unknown }>(defs: readonly T[]): T[] {
  return defs.filter((def) => !def.derived);
}

/** Open incidents first, then the most recent; a stable order when the server sends a page. */
export function openFirst<T extends Pick<IncidentSummary, 'status' | 'occurredAt'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    const open = Number(isOpen(b.status)) - Number(isOpen(a.status));
    if (open !== 0) return open;
    return b.occurredAt.localeCompare(a.occurredAt);
  });
}

/** Serious ("tertentu") categories first, then the catalogue order; inactive ones are not offered. */
export function categoriesForReport(categories: readonly IncidentCategory[]): IncidentCategory[] {
  return categories
    .filter((category) => category.active)
    .sort((a, b) => Number(b.serious) - Number(a.serious) || a.sortOrder - b.sortOrder || a.name.localeCompare(b.name));
}

// Indonesia keeps no daylight saving time: each zone is a fixed offset.
const OFFSETS: Record<TimeZone, string> = {
  'Asia/Jakarta': '+07:00',
  'Asia/Makassar': '+08:00',
  'Asia/Jayapura': '+09:00',
};

/** The value of a datetime-local input ("2026-03-05T08:15") showing `date` on the clock of a zone. */
export function toLocalInput(date: Date, timeZone: TimeZone): string {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  for (const part of format.formatToParts(date)) parts[part.type] = part.value;
  return `${parts.year ?? ''}-${parts.month ?? ''}-${parts.day ?? ''}T${parts.hour ?? ''}:${parts.minute ?? ''}`;
}

const LOCAL_INPUT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** "2026-03-05T08:15" read on a zone's clock → "2026-03-05T08:15:00+08:00"; null when it is not a time. */
export function fromLocalInput(value: string, timeZone: TimeZone): string | null {
  if (!LOCAL_INPUT.test(value)) return null;
  const instant = `${value}:00${OFFSETS[timeZone]}`;
  return Number.isNaN(new Date(instant).getTime()) ? null : instant;
}

/** Typed counter fields → the counters body: empty fields are left out, digits become numbers. */
export function toCountersBody(values: Record<string, string | undefined>): Record<string, number> | undefined {
  const out: Record<string, number> = {};
  for (const [key, raw] of Object.entries(values)) {
    const text = (raw ?? '').trim();
    if (text === '') continue;
    out[key] = Number(text);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * The figures a person actually changed in the update form, against what the form last showed
 * (`shown`): untouched fields are never sent, so a figure someone else updated meanwhile is not
 * overwritten with the older one still on this screen.
 */
export function editedCounters(
  typed: Record<string, string | undefined>,
  shown: Record<string, string | undefined>,
): Record<string, number> | undefined {
  const edited: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(typed)) {
    if ((value ?? '').trim() !== (shown[key] ?? '').trim()) edited[key] = value;
  }
  return toCountersBody(edited);
}

/** Minutes between two instants, rounded down; null when either is missing. */
export function minutesBetween(from: string | null, to: string | null): number | null {
  if (!from || !to) return null;
  const ms = new Date(to).getTime() - new Date(from).getTime();
  return Number.isNaN(ms) ? null : Math.max(0, Math.floor(ms / 60_000));
}
