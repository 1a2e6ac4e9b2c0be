import type { Content, TableCell } from 'pdfmake/interfaces';
import type { TimeZone } from '@selaras/contracts';
import { localTime } from '../directives/index.js';
import { countersText } from './incidents.export.js';
import { AGENCY_LABELS, ALERT_LEVEL_LABELS, INCIDENT_STATUS_LABELS } from './incidents.labels.js';
import type { IncidentReportData } from './incidents.report-pdf.queries.js';

const minutesBetween = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 60_000);

function table(head: string[], widths: (number | string)[], rows: TableCell[][]): Content {
  return {
    table: { headerRows: 1, widths, body: [head.map((text) => ({ text, style: 'th' })), ...rows] },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 6],
  };
}

function pairs(rows: [string, string][]): Content {
  return {
    table: { widths: [120, '*'], body: rows.map(([k, v]) => [{ text: k, bold: true }, v]) },
    layout: 'noBorders',
    margin: [0, 0, 0, 10],
  };
}

export function detailsOf(data: IncidentReportData, who: (userId: string | null | undefined) => string): Content {
  const { summary: s, incident: i } = data;
  const zone = s.unitTimezone;
  const rows: [string, string][] = [
    ['Nomor', s.number],
    ['Unit', s.unitName],
    ['Kantor Wilayah', s.kanwilName ?? '-'],
    ['Kategori', s.serious ? `${s.categoryName} (insiden tertentu)` : s.categoryName],
    ['Tingkat', s.severityName],
    ['Status', INCIDENT_STATUS_LABELS[s.status]],
    ['Waktu kejadian', localTime(i.occurredAt, zone)],
    ['Dilaporkan', `${localTime(i.reportedAt, zone)} oleh ${who(i.reportedByUserId)}`],
    ['Lokasi', s.location],
  ];
  if (i.closedAt) rows.push(['Ditutup', localTime(i.closedAt, zone)]);
  return pairs(rows);
}

export function figuresOf(data: IncidentReportData): Content[] {
  const { counters, counterDefs, involved } = data.summary;
  const out: Content[] = [];
  if (counterDefs.length > 0)
    out.push({ text: `Angka terakhir: ${countersText({ counters, counterDefs })}`, margin: [0, 0, 0, 4] });
  out.push({
    text:
      `Orang terlibat: ${involved.inmates} warga binaan, ${involved.officers} petugas, ${involved.others} lainnya; ` +
      `${involved.injured} luka, ${involved.dead} meninggal`,
    margin: [0, 0, 0, 6],
  });
  return out;
}

export function sopOf(data: IncidentReportData, who: (userId: string | null | undefined) => string): Content {
  const zone = data.summary.unitTimezone;
  const done = new Map(data.sopSteps.map((s) => [s.stepKey, s]));
  const steps = data.sopVersion?.steps ?? [];
  if (steps.length === 0) return { text: 'Tidak ada daftar SOP untuk insiden ini.', italics: true };
  return table(
    ['No', `Langkah (SOP versi ${data.sopVersion?.version ?? '-'})`, 'Selesai', 'Oleh', 'Catatan'],
    [18, '*', 80, 100, 90],
    steps.map((step, n) => {
      const d = done.get(step.key);
      return [
        String(n + 1),
        step.text,
        d ? localTime(d.doneAt, zone) : 'Belum',
        d ? who(d.doneByUserId) : '-',
        d?.note ?? '',
      ];
    }),
  );
}

export function agenciesOf(data: IncidentReportData): Content {
  const zone = data.summary.unitTimezone;
  if (data.agencies.length === 0) return { text: 'Belum ada koordinasi dengan aparat penegak hukum.', italics: true };
  return table(
    ['Instansi', 'Diminta', 'Tiba', 'Respons', 'Personel', 'Catatan'],
    ['*', 75, 75, 45, 40, 90],
    data.agencies.map((a) => [
      `${AGENCY_LABELS[a.agency]}: ${a.name}`,
      localTime(a.requestedAt, zone),
      a.arrivedAt ? localTime(a.arrivedAt, zone) : 'Belum tiba',
      a.arrivedAt ? `${minutesBetween(a.requestedAt, a.arrivedAt)} menit` : '-',
      a.personnel === null ? '-' : String(a.personnel),
      a.notes ?? '',
    ]),
  );
}

export function alertsOf(data: IncidentReportData, now: Date, zone: TimeZone): Content {
  if (data.alerts.length === 0) return { text: 'Tidak ada peringatan.', italics: true };
  return table(
    ['Tingkat', 'Unit', 'Dikirim', 'Diterima', 'Jeda', 'Eskalasi'],
    [60, '*', 75, 75, 70, 50],
    data.alerts.map(({ alert: a, unitName }) => {
      const delay = !a.sentAt
        ? '-'
        : a.acknowledgedAt
          ? `${minutesBetween(a.sentAt, a.acknowledgedAt)} menit`
          : `${minutesBetween(a.sentAt, now)} menit (belum diterima)`;
      return [
        ALERT_LEVEL_LABELS[a.level],
        unitName,
        a.sentAt ? localTime(a.sentAt, zone) : `Dijadwalkan ${localTime(a.dueAt, zone)}`,
        a.acknowledgedAt ? localTime(a.acknowledgedAt, zone) : 'Belum',
        delay,
        a.escalatedAt ? localTime(a.escalatedAt, zone) : '-',
      ];
    }),
  );
}

/** The timeline; an entry about a named person says only that one was recorded. */
export function timelineOf(data: IncidentReportData, who: (userId: string | null | undefined) => string): Content {
  const zone = data.summary.unitTimezone;
  return table(
    ['Waktu', 'Uraian', 'Oleh'],
    [80, '*', 110],
    data.events.map((e) => {
      const personal = e.kind === 'person_added';
      const text = personal ? 'Orang yang terlibat dicatat' : e.note ? `${e.summary}. ${e.note}` : e.summary;
      return [localTime(e.at, zone), text, e.byUserId ? who(e.byUserId) : 'Sistem'];
    }),
  );
}

export function reviewOf(data: IncidentReportData, who: (userId: string | null | undefined) => string): Content[] {
  const review = data.incident.review;
  if (!review) return [];
  const out: Content[] = [
    { text: 'Kajian pascainsiden', style: 'h2' },
    pairs([
      [
        'Disampaikan',
        `${localTime(new Date(review.submittedAt), data.summary.unitTimezone)} oleh ${who(review.submittedByUserId)}`,
      ],
      ['Penyebab', review.cause],
      ['Tindakan', review.actionsTaken],
      ['Pelajaran', review.lessons],
    ]),
  ];
  if (review.followUps.length > 0)
    out.push({
      ul: review.followUps.map((f) => (f.dueDate ? `${f.title} (tenggat ${f.dueDate})` : f.title)),
      margin: [0, 0, 0, 6],
    });
  return out;
}
