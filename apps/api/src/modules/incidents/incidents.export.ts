import ExcelJS from 'exceljs';
import { EXPORT_MAX_ROWS, type IncidentSummary, type ListIncidentsQuery } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Principal } from '../../platform/auth/principal.js';
import { localTime, neutralise, toCsv } from '../directives/index.js';
import { selectSummaries, toSummary } from './incidents.summary.js';
import { listFilter } from './incidents.read.queries.js';
import { agencyNames, alertCounts } from './incidents.export.queries.js';
import { checkRange, readScope } from './incidents.read.js';
import * as errors from './incidents.read.errors.js';
import { INCIDENT_STATUS_LABELS } from './incidents.labels.js';

export type IncidentFile = { body: Buffer; contentType: string; filename: string };
type Cell = string | number;
type Table = { header: string[]; rows: Cell[][] };

/** "Kabur: 12; Tertangkap kembali: 5; Masih buron: 7": the latest figures in the category's order. */
export function countersText(summary: Pick<IncidentSummary, 'counters' | 'counterDefs'>): string {
  return summary.counterDefs.map((d) => `${d.label}: ${summary.counters[d.key] ?? 0}`).join('; ');
}

const HEADER = [
  'Nomor',
  'Unit',
  'Kantor Wilayah',
  'Kategori',
  'Serius',
  'Tingkat',
  'Status',
  'Waktu kejadian',
  'Lokasi',
  'Angka terakhir',
  'WBP terlibat',
  'Petugas terlibat',
  'Lainnya terlibat',
  'Luka',
  'Meninggal',
  'Peringatan diterima',
  'Instansi terlibat',
];

async function xlsxOf(table: Table): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Selaras';
  const sheet = workbook.addWorksheet('Insiden', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((v) => (typeof v === 'number' ? v : neutralise(v))));
  sheet.columns.forEach((column) => {
    column.width = 18;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function createIncidentExportService(deps: { db: Db; clock: () => Date }) {
  const { db, clock } = deps;

  async function table(principal: Principal, query: ListIncidentsQuery): Promise<Table> {
    checkRange(query);
    const scope = await readScope(db, principal, query.unitId);
    const where = listFilter(scope.path, query);
    const [rows, alerts, agencies] = await Promise.all([
      selectSummaries(db, where).limit(EXPORT_MAX_ROWS + 1),
      alertCounts(db, where),
      agencyNames(db, where),
    ]);
    if (rows.length > EXPORT_MAX_ROWS) throw errors.exportTooLarge(rows.length, EXPORT_MAX_ROWS);
    return {
      header: HEADER,
      rows: rows.map(toSummary).map((s) => {
        const alert = alerts.get(s.id) ?? { sent: 0, acknowledged: 0 };
        return [
          s.number,
          s.unitName,
          s.kanwilName ?? '',
          s.categoryName,
          s.serious ? 'Ya' : 'Tidak',
          s.severityName,
          INCIDENT_STATUS_LABELS[s.status],
          localTime(new Date(s.occurredAt), s.unitTimezone),
          s.location,
          countersText(s),
          s.involved.inmates,
          s.involved.officers,
          s.involved.others,
          s.involved.injured,
          s.involved.dead,
          `${alert.acknowledged} dari ${alert.sent}`,
          (agencies.get(s.id) ?? []).join('; '),
        ];
      }),
    };
  }

  /**
   * The board's rows over the caller's subtree as CSV or XLSX, one row per incident: figures and counts
   * only, never the names of persons involved; text a spreadsheet would run as a formula is neutralised.
   */
  async function exportIncidents(
    principal: Principal,
    query: ListIncidentsQuery,
    format: 'csv' | 'xlsx',
  ): Promise<IncidentFile> {
    const data = await table(principal, query);
    const stamp = localTime(clock(), principal.position.unitTimezone).slice(0, 10);
    const filename = `insiden-kamtib-${stamp}.${format}`;
    if (format === 'csv')
      return {
        body: Buffer.from(toCsv(data.header, data.rows), 'utf8'),
        contentType: 'text/csv; charset=utf-8',
        filename,
      };
    return {
      body: await xlsxOf(data),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      filename,
    };
  }

  return { exportIncidents };
}
export type IncidentExportService = ReturnType<typeof createIncidentExportService>;
