import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import type { Db } from '../../platform/db/index.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { DirectiveRow } from './directives.queries.js';
import { unitProgress } from './directives.overview.queries.js';
import { groupProgress, sumProgress, type Progress } from './directives.overview.js';
import { findLetterheadUnit, type LetterheadUnit } from './directives.export.queries.js';
import { localTime, ZONE_LABELS } from './directives.export-format.js';
import { dueInstant } from './directives.due.js';

export const REPORT_TITLE = 'Laporan Tindak Lanjut Arahan';
const MINISTRY = 'KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA';
const DIRECTORATE = 'DIREKTORAT JENDERAL PEMASYARAKATAN';

// Fonts come from pdfmake's own folder; nothing else on disk and nothing over the network is read.
const require = createRequire(import.meta.url);
const fontsFile = require.resolve('pdfmake/fonts/Roboto.js');
const fontDir = path.join(path.dirname(fontsFile), 'Roboto') + path.sep;
pdfmake.setFonts(require(fontsFile) as TFontDictionary);
pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir));
pdfmake.setUrlAccessPolicy(() => false);

const SOURCES: Record<DirectiveRow['source'], string> = { meeting: 'Rapat', letter: 'Surat', instruction: 'Instruksi' };

/** The ministry's letterhead, with the unit's name below Kantor Pusat and its place. */
export function letterhead(unit: LetterheadUnit | null): Content[] {
  const place = [unit?.city, unit?.province].filter(Boolean).join(', ');
  const lines: Content[] = [
    { text: MINISTRY, style: 'ministry' },
    { text: DIRECTORATE, style: 'directorate' },
  ];
  if (unit && unit.kind !== 'hq' && unit.kind !== 'ministry')
    lines.push({ text: unit.name.toUpperCase(), style: 'directorate' });
  if (place) lines.push({ text: place, style: 'address' });
  return [
    ...lines,
    { canvas: [{ type: 'line', x1: 0, y1: 4, x2: 515, y2: 4, lineWidth: 1.5 }], margin: [0, 2, 0, 12] },
  ];
}

function details(d: DirectiveRow, zone: Principal['position']['unitTimezone']): Content {
  const due =
    d.due.zone === 'unit'
      ? `${d.due.local.replace('T', ' ')} waktu setempat tiap unit`
      : localTime(dueInstant(d.due, d.due.zone), d.due.zone);
  const rows: [string, string][] = [
    ['Judul', d.title],
    ['Nomor/rujukan', d.reference ?? '-'],
    ['Sumber', SOURCES[d.source]],
    ['Diterbitkan', d.issuedAt ? `${localTime(d.issuedAt, zone)} oleh ${d.issuerPositionTitle}` : 'Belum diterbitkan'],
    ['Tenggat', due],
    ['Diverifikasi oleh', d.verifiedBy === 'kanwil' ? 'Kantor Wilayah' : 'Kantor Pusat'],
    ['Label', d.tags.length ? d.tags.join(', ') : '-'],
  ];
  return {
    table: { widths: [110, '*'], body: rows.map(([k, v]) => [{ text: k, bold: true }, v]) },
    layout: 'noBorders',
    margin: [0, 0, 0, 10],
  };
}

function progressCells(p: Progress): string[] {
  const pct = (n: number) => `${n.toLocaleString('id-ID')}%`;
  return [
    String(p.assigned),
    String(p.reported),
    pct(p.reportedPercent),
    String(p.verified),
    pct(p.verifiedPercent),
    String(p.overdue),
  ];
}

function rollupTable(level: 'kanwil' | 'unit', rows: (Progress & { unitName: string })[], total: Progress): Content {
  const head = [
    level === 'kanwil' ? 'Kantor Wilayah' : 'Unit',
    'Sasaran',
    'Dilaporkan',
    '%',
    'Terverifikasi',
    '%',
    'Terlambat',
  ];
  return {
    table: {
      headerRows: 1,
      widths: ['*', 45, 55, 38, 60, 38, 50],
      body: [
        head.map((text) => ({ text, style: 'th' })),
        ...rows.map((r) => [r.unitName, ...progressCells(r)]),
        [{ text: 'Jumlah', bold: true }, ...progressCells(total).map((text) => ({ text, bold: true }))],
      ],
    },
    layout: 'lightHorizontalLines',
  };
}

/**
 * An A4 document on the caller's letterhead styles, footed with who made it and when in their zone; rendered
 * with the fonts and access policy set above (nothing else is read from disk or the network).
 */
export function renderLetterPdf(input: {
  title: string;
  subject: string;
  principal: Principal;
  now: Date;
  content: Content[];
}): Promise<Buffer> {
  const { principal, now } = input;
  const zone = principal.position.unitTimezone;
  const doc: TDocumentDefinitions = {
    info: { title: input.title, subject: input.subject, author: principal.position.title, creator: 'Selaras' },
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 50],
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    styles: {
      ministry: { fontSize: 11, bold: true, alignment: 'center' },
      directorate: { fontSize: 10, bold: true, alignment: 'center' },
      address: { fontSize: 9, alignment: 'center' },
      title: { fontSize: 13, bold: true, alignment: 'center', margin: [0, 0, 0, 10] },
      h2: { fontSize: 11, bold: true, margin: [0, 8, 0, 6] },
      th: { bold: true, fillColor: '#e2e8f0' },
    },
    content: input.content,
    footer: (page, pages) => ({
      columns: [
        { text: `Dibuat ${localTime(now, zone)} oleh ${principal.position.title} · ${ZONE_LABELS[zone]}`, fontSize: 7 },
        { text: `Halaman ${page} dari ${pages}`, alignment: 'right', fontSize: 7 },
      ],
      margin: [40, 20, 40, 0],
    }),
  };
  return pdfmake.createPdf(doc).getBuffer();
}

/** The PDF of one directive's follow-up for the caller: roll-up by Kanwil at HQ, by unit below. */
export async function directiveReportPdf(db: Db, principal: Principal, d: DirectiveRow, now: Date): Promise<Buffer> {
  const zone = principal.position.unitTimezone;
  const units = await unitProgress(db, principal.position.unitPath, { directiveId: d.id }, now);
  const level = principal.position.unitKind === 'hq' || principal.position.unitKind === 'ministry' ? 'kanwil' : 'unit';
  return renderLetterPdf({
    title: REPORT_TITLE,
    subject: d.title,
    principal,
    now,
    content: [
      ...letterhead(await findLetterheadUnit(db, principal.position.unitId)),
      { text: REPORT_TITLE.toUpperCase(), style: 'title' },
      details(d, zone),
      { text: level === 'kanwil' ? 'Rekapitulasi per Kantor Wilayah' : 'Rekapitulasi per unit', style: 'h2' },
      {
        text: '"Dilaporkan" mencakup laporan yang sudah diverifikasi; "terverifikasi" hanya yang sudah disahkan unit verifikator.',
        italics: true,
        margin: [0, 0, 0, 6],
      },
      rollupTable(level, groupProgress(units, level), sumProgress(units)),
    ],
  });
}
