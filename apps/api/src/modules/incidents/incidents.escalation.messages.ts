import type { CounterDef } from '@selaras/contracts';
import { localTime } from '../notifications/index.js';
import { withDerivedCounters } from './incidents.summary.js';

const KANWIL_PREFIX = 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan ';

/** "Kanwil Banten" for the Kanwil's full name; other names unchanged. */
export function shortUnitName(name: string): string {
  return name.startsWith(KANWIL_PREFIX) ? `Kanwil ${name.slice(KANWIL_PREFIX.length)}` : name;
}

export type IncidentFacts = {
  number: string;
  categoryName: string;
  severityName: string;
  unitName: string;
  unitTimezone: string;
  location: string;
  occurredAt: Date;
  counters: Record<string, number>;
  counterDefs: CounterDef[];
};

/** Why this message goes out now, beyond the policy: a repeat, or the level below did not acknowledge in time. */
export type AlertOccasion =
  | { kind: 'policy' }
  | { kind: 'repeat'; ackWithinMinutes: number }
  | { kind: 'escalation'; fromUnitName: string; ackWithinMinutes: number };

/** "Kabur 3, Tertangkap kembali 1, Masih buron 2", derived figures included; empty when the category keeps none. */
export function countersLine(defs: CounterDef[], stored: Record<string, number>): string {
  const values = withDerivedCounters(defs, stored);
  return defs.map((d) => `${d.label} ${values[d.key] ?? 0}`).join(', ');
}

export function alertTitle(i: Pick<IncidentFacts, 'categoryName' | 'unitName'>, occasion: AlertOccasion): string {
  const title = `Insiden kamtib: ${i.categoryName} di ${shortUnitName(i.unitName)}`;
  return occasion.kind === 'repeat' ? `Diulang — ${title}` : title;
}

export function alertBody(i: IncidentFacts, occasion: AlertOccasion): string {
  const counters = countersLine(i.counterDefs, i.counters);
  const lines = [
    ...(occasion.kind === 'repeat'
      ? [`Peringatan ini belum dinyatakan diterima dalam ${occasion.ackWithinMinutes} menit.`]
      : []),
    ...(occasion.kind === 'escalation'
      ? [
          `Dinaikkan: peringatan kepada ${shortUnitName(occasion.fromUnitName)} belum dinyatakan diterima dalam ${occasion.ackWithinMinutes} menit.`,
        ]
      : []),
    `${i.number} — ${i.categoryName}, tingkat ${i.severityName}, di ${shortUnitName(i.unitName)} (${i.location}).`,
    `Waktu kejadian: ${localTime(i.occurredAt, i.unitTimezone)}.`,
    ...(counters ? [`Angka terakhir: ${counters}.`] : []),
    'Mohon nyatakan peringatan ini diterima di Selaras.',
  ];
  return lines.join('\n');
}

export function sentSummary(toUnitName: string): string {
  return `Peringatan dikirim ke ${shortUnitName(toUnitName)}`;
}

/** The timeline line for an alert that was not acknowledged in time. */
export function escalatedSummary(
  ackWithinMinutes: number,
  next: { unitName: string; alreadySent: boolean } | null,
): string {
  const head = `Belum diterima dalam ${ackWithinMinutes} menit: diulang`;
  if (!next) return head;
  if (next.alreadySent) return `${head}; ${shortUnitName(next.unitName)} sudah menerima peringatan`;
  return `${head} dan dinaikkan ke ${shortUnitName(next.unitName)}`;
}

export function acknowledgedSummary(byName: string, minutes: number): string {
  return `Diterima oleh ${byName} setelah ${minutes} menit`;
}
