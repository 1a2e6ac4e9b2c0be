import ExcelJS from 'exceljs';
import {
  EXPORT_MAX_ROWS,
  type CampaignExportQuerySchema,
  type LandType,
  type Metric,
  type SiteStatus,
} from '@selaras/contracts';
import type { z } from 'zod';
import type { Db } from '../../platform/db/index.js';
import type { Principal } from '../../platform/auth/principal.js';
import { findLetterheadUnit, localTime, neutralise, STATUS_LABELS, toCsv } from '../directives/index.js';
import { siteStatusOf, type CampaignView } from './campaigns.queries.js';
import { campaignInScope, createCampaignBoardService } from './campaigns.board.js';
import { createCampaignSurvivalService } from './campaigns.survival.js';
import { photoCountsBySite, siteCountsByUnit, siteExportRows, unitExportRows } from './campaigns.export.queries.js';
import { participantUnits } from './campaigns.board.queries.js';
import { campaignSummaryPdf } from './campaigns.summary-pdf.js';
import * as errors from './campaigns.read.errors.js';

export type CampaignExportQuery = z.infer<typeof CampaignExportQuerySchema>;
export type CampaignFile = { body: Buffer; contentType: string; filename: string };
type Cell = string | number;
type Table = { sheet: string; header: string[]; rows: Cell[][] };

export const SITE_STATUS_LABELS: Record<SiteStatus, string> = {
  terdaftar: 'Terdaftar',
  dilaporkan: 'Dilaporkan',
  terverifikasi: 'Terverifikasi',
  dikembalikan: 'Dikembalikan',
};

const LAND_TYPE_LABELS: Record<LandType, string> = {
  lahan_upt: 'Lahan UPT',
  sae: 'Sarana Asimilasi dan Edukasi',
  lahan_masyarakat: 'Lahan masyarakat',
  bantaran_sungai: 'Bantaran sungai',
  diserahkan_masyarakat: 'Diserahkan kepada masyarakat',
  lainnya: 'Lainnya',
};

/** A metric value as a cell: numbers stay numbers, yes/no in Indonesian, missing is empty. */
function cellOf(value: number | boolean | string | undefined): Cell {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Ya' : 'Tidak';
  return value;
}

const metricCells = (metrics: Metric[], values: Record<string, number | boolean | string> | null) =>
  metrics.map((m) => cellOf(values?.[m.key]));
const metricHeaders = (metrics: Metric[]) => metrics.map((m) => (m.unit ? `${m.name} (${m.unit})` : m.name));

async function xlsxOf(table: Table): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Selaras';
  const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((v) => (typeof v === 'number' ? v : neutralise(v))));
  sheet.columns.forEach((column) => {
    column.width = 18;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function createCampaignExportsService(deps: { db: Db; clock: () => Date }) {
  const { db, clock } = deps;
  const boards = createCampaignBoardService(deps);
  const survivals = createCampaignSurvivalService(deps);

  async function siteTable(view: CampaignView, scopePath: string): Promise<Table> {
    const [rows, photos, units] = await Promise.all([
      siteExportRows(db, view.campaign, scopePath, EXPORT_MAX_ROWS + 1),
      photoCountsBySite(db, view.campaign.id, scopePath),
      participantUnits(db, view.campaign.directiveId, scopePath),
    ]);
    if (rows.length > EXPORT_MAX_ROWS) throw errors.exportTooLarge(rows.length, EXPORT_MAX_ROWS);
    const statusOf = new Map(units.map((u) => [u.unitId, u.status]));
    return {
      sheet: 'Lokasi',
      header: [
        'Unit',
        'Kantor Wilayah',
        'Nama lokasi',
        'Jenis lahan',
        'Lintang',
        'Bujur',
        'Luas (ha)',
        'Rencana',
        ...metricHeaders(view.metrics),
        'Status',
        'Jumlah mitra',
        'Mitra',
        'Foto',
        'Foto ditandai',
      ],
      rows: rows.map((r) => [
        r.unitName,
        r.kanwilName ?? '',
        r.site.name,
        LAND_TYPE_LABELS[r.site.landType],
        r.site.lat,
        r.site.lng,
        r.site.areaHa,
        r.site.planned,
        ...metricCells(view.metrics, r.site.results),
        SITE_STATUS_LABELS[siteStatusOf(statusOf.get(r.site.unitId) ?? null)],
        r.site.partners.length,
        r.site.partners.map((p) => p.name).join('; '),
        photos.get(r.site.id)?.photos ?? 0,
        photos.get(r.site.id)?.flagged ?? 0,
      ]),
    };
  }

  async function unitTable(view: CampaignView, scopePath: string): Promise<Table> {
    const [rows, sites] = await Promise.all([
      unitExportRows(db, view.campaign, scopePath, EXPORT_MAX_ROWS + 1),
      siteCountsByUnit(db, view.campaign.id, scopePath),
    ]);
    if (rows.length > EXPORT_MAX_ROWS) throw errors.exportTooLarge(rows.length, EXPORT_MAX_ROWS);
    return {
      sheet: 'Unit',
      header: [
        'Unit',
        'Kantor Wilayah',
        'Target',
        `Realisasi (${view.campaign.quantityLabel})`,
        ...metricHeaders(view.metrics),
        'Status',
        'Lokasi',
        'Dilaporkan',
        'Diverifikasi',
      ],
      rows: rows.map((r) => [
        r.unitName,
        r.kanwilName ?? '',
        r.target ?? '',
        Number(r.realised),
        ...metricCells(view.metrics, r.values),
        STATUS_LABELS[r.status] ?? r.status,
        sites.get(r.unitId) ?? 0,
        r.reportedAt ? localTime(r.reportedAt, r.timezone) : '',
        r.verifiedAt ? localTime(r.verifiedAt, r.timezone) : '',
      ]),
    };
  }

  /** The campaign per site or per unit, as XLSX or CSV, over the caller's subtree; spreadsheet formulas neutralised. */
  async function exportCampaign(
    principal: Principal,
    campaignId: string,
    query: CampaignExportQuery,
  ): Promise<CampaignFile> {
    const { view, scope } = await campaignInScope(db, principal, campaignId);
    const table = query.per === 'site' ? await siteTable(view, scope.path) : await unitTable(view, scope.path);
    const stamp = localTime(clock(), principal.position.unitTimezone).slice(0, 10);
    const filename = `gerakan-${query.per === 'site' ? 'lokasi' : 'unit'}-${stamp}.${query.format}`;
    if (query.format === 'csv')
      return {
        body: Buffer.from(toCsv(table.header, table.rows), 'utf8'),
        contentType: 'text/csv; charset=utf-8',
        filename,
      };
    return {
      body: await xlsxOf(table),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      filename,
    };
  }

  /** The campaign's summary as a PDF on the caller's letterhead. */
  async function summaryPdf(principal: Principal, campaignId: string): Promise<CampaignFile> {
    const { view } = await campaignInScope(db, principal, campaignId);
    const [board, survival, unit] = await Promise.all([
      boards.board(principal, campaignId),
      survivals.survival(principal, campaignId),
      findLetterheadUnit(db, principal.position.unitId),
    ]);
    const body = await campaignSummaryPdf({ principal, unit, view, board, survival, now: clock() });
    return { body, contentType: 'application/pdf', filename: `ringkasan-gerakan-${view.campaign.id}.pdf` };
  }

  return { exportCampaign, summaryPdf };
}
