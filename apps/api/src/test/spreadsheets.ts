// Reading exports back as the person who downloads them would: CSV and XLSX rows of cell text.
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { LightMyRequestResponse } from 'fastify';

/** The rows of a UTF-8 CSV download, which must start with a byte order mark (so spreadsheets read it right). */
export function csvRows(res: LightMyRequestResponse): string[][] {
  assert.equal(res.statusCode, 200, res.body);
  assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
  const text = res.rawPayload.toString('utf8');
  assert.ok(text.startsWith('\uFEFF'), 'UTF-8 byte order mark');
  return parse(text.slice(1)) as string[][];
}

/** The first sheet of an XLSX download as cell text; no cell may be a formula. */
export async function xlsxRows(res: LightMyRequestResponse): Promise<string[][]> {
  assert.equal(res.statusCode, 200, res.body);
  assert.match(String(res.headers['content-type']), /spreadsheetml/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  assert.ok(sheet);
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      assert.notEqual(cell.type, ExcelJS.ValueType.Formula, 'no cell is a formula');
      cells[col - 1] = cell.text;
    });
    rows.push(cells);
  });
  return rows;
}
