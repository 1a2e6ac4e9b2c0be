import { parse, type Info } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

export type SheetRow = { row: number; values: Record<string, string> };

export class UnreadableFileError extends Error {}

function normaliseHeader(h: string): string {
  return h.trim().toLowerCase().replace(/\s+/g, '_');
}

function isXlsx(bytes: Buffer): boolean {
  // XLSX is a ZIP archive: it starts with "PK\x03\x04".
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function readCsv(bytes: Buffer): SheetRow[] {
  let records: { record: string[]; info: Info }[];
  try {
    // With `info`, each record comes with the file line it ends on; the typings do not model that shape.
    records = parse(bytes, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: true, info: true }) as unknown as typeof records;
  } catch (err) {
    throw new UnreadableFileError(`Berkas CSV tidak dapat dibaca: ${(err as Error).message}`);
  }
  const [header, ...body] = records;
  if (!header) return [];
  const names = header.record.map(normaliseHeader);
  // Row numbers are file lines, so they still match after skipped blank lines; rows of only
  // empty cells (",,,," as spreadsheets export them) are skipped, as in XLSX.
  return body
    .filter(({ record }) => record.some((cell) => cell !== ''))
    .map(({ record, info }) => ({
      row: info.lines,
      values: Object.fromEntries(names.map((name, c) => [name, record[c] ?? ''])),
    }));
}

async function readXlsx(bytes: Buffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw new UnreadableFileError(`Berkas XLSX tidak dapat dibaca: ${(err as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const names: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    names[col] = normaliseHeader(cell.text ?? '');
  });
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const values: Record<string, string> = {};
    names.forEach((name, col) => {
      if (name) values[name] = (row.getCell(col).text ?? '').trim();
    });
    if (Object.values(values).some((v) => v !== '')) rows.push({ row: rowNumber, values });
  });
  return rows;
}

/** Reads the first sheet of an XLSX file or a CSV file into rows keyed by lower-case header. */
export async function readSheet(bytes: Buffer): Promise<SheetRow[]> {
  return isXlsx(bytes) ? readXlsx(bytes) : readCsv(bytes);
}
