import ExcelJS from 'exceljs';
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { InmateSummary } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Principal } from '../../platform/auth/principal.js';
import { findLetterheadUnit, letterhead, localTime, neutralise, renderLetterPdf } from '../directives/index.js';
import type { OutcomesCore } from './outcomes.service.js';

export const SUMMARY_TITLE = 'Ringkasan Pembinaan Warga Binaan';
export type OutcomeFile = { body: Buffer; contentType: string; filename: string };

const CATEGORY: Record<InmateSummary['category'], string> = { narapidana: 'Narapidana', tahanan: 'Tahanan', anak: 'Anak binaan' };
const STATUS: Record<InmateSummary['status'], string> = { aktif: 'Aktif', bebas: 'Bebas', pindah: 'Pindah' };
export const ENROLMENT_LABELS: Record<InmateSummary['programmes'][number]['status'], string> = {
  aktif: 'Aktif',
  daftar_tunggu: 'Daftar tunggu',
  ditangguhkan: 'Ditangguhkan',
  selesai: 'Selesai',
};
const TRACK: Record<InmateSummary['programmes'][number]['track'], string> = { kepribadian: 'Kepribadian', kemandirian: 'Kemandirian' };

const hoursText = (h: number) => h.toLocaleString('id-ID', { maximumFractionDigits: 2 });

function table(head: string[], widths: (number | string)[], rows: TableCell[][], empty: string): Content {
  if (rows.length === 0) return { text: empty, italics: true, margin: [0, 0, 0, 6] };
  return {
    table: { headerRows: 1, widths, body: [head.map((text) => ({ text, style: 'th' })), ...rows] },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 6],
  };
}

function identity(s: InmateSummary): Content {
  const rows: [string, string][] = [
    s.name ? ['Nama', s.name] : ['Pseudonim', s.pseudonym],
    ...(s.registrationNumber ? [['Nomor registrasi', s.registrationNumber] as [string, string]] : []),
    ['Unit', s.unitName],
    ['Kategori', CATEGORY[s.category]],
    ['Status', STATUS[s.status]],
    ['Tanggal masuk', s.entryDate],
  ];
  return { table: { widths: [120, '*'], body: rows.map(([k, v]) => [{ text: k, bold: true }, v]) }, layout: 'noBorders', margin: [0, 0, 0, 10] };
}

function pdfContent(s: InmateSummary): Content[] {
  const t = s.totals;
  return [
    identity(s),
    { text: 'Program yang diikuti', style: 'h2' },
    table(
      ['Program', 'Jalur / kategori', 'Status', 'Periode', 'Jam hadir', 'Hadir', 'Tidak hadir'],
      ['*', 90, 55, 85, 40, 32, 40],
      s.programmes.map((p) => [
        p.name,
        `${TRACK[p.track]} / ${p.category}`,
        ENROLMENT_LABELS[p.status],
        `${p.from} s.d. ${p.to ?? 'sekarang'}`,
        hoursText(p.hours),
        String(p.sessionsAttended),
        String(p.sessionsAbsent),
      ]),
      'Belum mengikuti program pembinaan.',
    ),
    {
      text: `Jumlah: ${t.programmes} program, ${hoursText(t.hours)} jam hadir, ${t.sessionsAttended} sesi hadir, ${t.sessionsAbsent} sesi tidak hadir.`,
      bold: true,
      margin: [0, 0, 0, 4],
    },
    { text: 'Jam dihitung hanya dari sesi dengan presensi "hadir".', italics: true, fontSize: 8 },
    { text: 'Sertifikat dan keterampilan', style: 'h2' },
    table(
      ['Judul', 'Keterampilan', 'Penerbit', 'Tersertifikasi', 'Tanggal'],
      ['*', 90, 100, 55, 55],
      s.certificates.map((c) => [c.title, c.skill ?? '-', c.issuer, c.certified ? 'Ya' : 'Tidak', c.issuedOn]),
      'Belum ada sertifikat.',
    ),
    {
      text: 'Dokumen ini disusun dari register pembinaan Selaras sebagai bahan pertimbangan Tim Pengamat Pemasyarakatan (TPP) untuk remisi, asimilasi dan pembebasan bersyarat.',
      margin: [0, 10, 0, 0],
      fontSize: 8,
    },
  ];
}

async function xlsxOf(s: InmateSummary, made: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Selaras';
  const sheet = workbook.addWorksheet('Ringkasan');
  const text = (v: string | number) => (typeof v === 'number' ? v : neutralise(v));
  const add = (cells: (string | number)[]) => sheet.addRow(cells.map(text));
  add([SUMMARY_TITLE]).font = { bold: true };
  add(['Pseudonim', s.pseudonym]);
  add(['Unit', s.unitName]);
  add(['Kategori', CATEGORY[s.category]]);
  add(['Status', STATUS[s.status]]);
  add(['Dibuat', made]);
  add([]);
  add(['Program', 'Jalur', 'Kategori', 'Status', 'Mulai', 'Selesai', 'Jam hadir', 'Sesi hadir', 'Sesi tidak hadir']).font = { bold: true };
  for (const p of s.programmes)
    add([p.name, TRACK[p.track], p.category, ENROLMENT_LABELS[p.status], p.from, p.to ?? '', p.hours, p.sessionsAttended, p.sessionsAbsent]);
  add(['Jumlah', '', '', '', '', '', s.totals.hours, s.totals.sessionsAttended, s.totals.sessionsAbsent]).font = { bold: true };
  add([]);
  add(['Sertifikat', 'Keterampilan', 'Penerbit', 'Tersertifikasi', 'Tanggal terbit', 'Program']).font = { bold: true };
  for (const c of s.certificates) add([c.title, c.skill ?? '', c.issuer, c.certified ? 'Ya' : 'Tidak', c.issuedOn, c.programmeName ?? '']);
  sheet.columns.forEach((column) => {
    column.width = 20;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The summary as evidence for the TPP: a PDF on the caller's letterhead, and a workbook with the pseudonym. */
export function createOutcomeDocuments(deps: { db: Db; clock: () => Date; core: OutcomesCore }) {
  const { db, clock, core } = deps;

  /** The PDF names the inmate only for a caller with inmates:names (that read is audited); else the pseudonym. */
  async function summaryPdf(principal: Principal, inmateId: string): Promise<OutcomeFile> {
    const s = await core.summaryOf(principal, inmateId, 'summary.pdf');
    const unit = await findLetterheadUnit(db, principal.position.unitId);
    const body = await renderLetterPdf({
      title: SUMMARY_TITLE,
      subject: s.pseudonym,
      principal,
      now: clock(),
      content: [...letterhead(unit), { text: SUMMARY_TITLE.toUpperCase(), style: 'title' }, ...pdfContent(s)],
    });
    return { body, contentType: 'application/pdf', filename: `ringkasan-pembinaan-${s.pseudonym}.pdf` };
  }

  /** The workbook leaves the unit: it carries the pseudonym, never the name. */
  async function summaryXlsx(principal: Principal, inmateId: string): Promise<OutcomeFile> {
    const s = await core.summaryOf(principal, inmateId, null);
    const body = await xlsxOf(s, localTime(clock(), principal.position.unitTimezone));
    return {
      body,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      filename: `ringkasan-pembinaan-${s.pseudonym}.xlsx`,
    };
  }

  return { summaryPdf, summaryXlsx };
}
