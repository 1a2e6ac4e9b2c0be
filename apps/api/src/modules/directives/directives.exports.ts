import ExcelJS from 'exceljs';
import { EXPORT_MAX_ROWS, type ExportAssignmentsQuery, type Metric } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Principal } from '../../platform/auth/principal.js';
import * as q from './directives.queries.js';
import { latestNarratives } from './directives.export.queries.js';
import { localTime, neutralise, STATUS_LABELS, toCsv, ZONE_LABELS } from './directives.export-format.js';
import { toAssignment } from './directives.mappers.js';
import { assignmentAbilities } from './directives.policy.js';
import { directiveReportPdf } from './directives.report-pdf.js';
import * as errors from './directives.export.errors.js';

export type DirectiveExportsService = ReturnType<typeof createDirectiveExportsService>;
export type ExportFile = { body: Buffer; contentType: string; filename: string };

const HEADER = ['No', 'Arahan', 'Unit', 'Peran', 'Status', 'Tenggat (waktu setempat)', 'Zona', 'Terlambat', 'Dilaporkan', 'Nilai', 'Narasi laporan terakhir'];

/** "Bibit ditanam: 300; Varietas: dalam", in the directive's metric order. */
function valuesText(metrics: Metric[], values: Record<string, unknown> | null): string {
  return metrics
    .filter((m) => values?.[m.key] !== undefined)
    .map((m) => `${m.name}: ${String(values?.[m.key])}`)
    .join('; ');
}

export function createDirectiveExportsService(deps: { db: Db; clock: () => Date }) {
  const { db, clock } = deps;

  /** The assignments the list would show with these filters, every page, as rows of text. */
  async function assignmentRows(principal: Principal, f: Omit<ExportAssignmentsQuery, 'format'>) {
    const now = clock();
    const page = await q.listAssignments(db, principal.position.unitPath, { ...q.listFilter(f, now), limit: EXPORT_MAX_ROWS, offset: 0 });
    if (page.total > EXPORT_MAX_ROWS) throw errors.exportTooLarge(page.total, EXPORT_MAX_ROWS);
    const narratives = await latestNarratives(db, page.items.map((r) => r.assignment.id));
    return page.items.map((row, i) => {
      const dto = toAssignment(row, now, assignmentAbilities(principal, { ...row.assignment, verifiedBy: row.verifiedBy }));
      const a = row.assignment;
      return [
        i + 1,
        dto.directiveTitle,
        dto.unitName,
        dto.role === 'follow_up' ? 'Tindak lanjut' : 'Verifikasi',
        STATUS_LABELS[dto.status] ?? dto.status,
        localTime(a.dueAt, dto.unitTimezone),
        ZONE_LABELS[dto.unitTimezone],
        dto.overdue ? 'Ya' : 'Tidak',
        a.reportedAt ? localTime(a.reportedAt, dto.unitTimezone) : '',
        valuesText(row.metrics, a.latestValues),
        narratives.get(a.id) ?? '',
      ];
    });
  }

  async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Selaras';
    const sheet = workbook.addWorksheet('Penugasan', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(HEADER).font = { bold: true };
    for (const row of rows) sheet.addRow(row.map((v) => (typeof v === 'number' ? v : neutralise(v))));
    sheet.columns.forEach((column, i) => {
      column.width = [6, 40, 36, 14, 16, 22, 8, 10, 22, 30, 50][i] ?? 16;
    });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  /** XLSX or CSV of the caller's assignments with the list's filters (at most EXPORT_MAX_ROWS rows). */
  async function exportAssignments(principal: Principal, query: ExportAssignmentsQuery): Promise<ExportFile> {
    const { format, ...filter } = query;
    const rows = await assignmentRows(principal, filter);
    const stamp = localTime(clock(), principal.position.unitTimezone).slice(0, 10);
    if (format === 'csv') {
      return { body: Buffer.from(toCsv(HEADER, rows), 'utf8'), contentType: 'text/csv; charset=utf-8', filename: `penugasan-${stamp}.csv` };
    }
    return {
      body: await xlsx(rows),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      filename: `penugasan-${stamp}.xlsx`,
    };
  }

  /** "Laporan Tindak Lanjut Arahan" as PDF, on the caller's unit's letterhead. */
  async function directiveReport(principal: Principal, directiveId: string): Promise<ExportFile> {
    const directive = await q.findDirective(db, principal.position.unitPath, directiveId);
    if (!directive) throw errors.directiveNotFound();
    const body = await directiveReportPdf(db, principal, directive, clock());
    return { body, contentType: 'application/pdf', filename: `laporan-tindak-lanjut-${directive.id}.pdf` };
  }

  return { exportAssignments, directiveReport };
}
