import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { pdfBytes, plainPng } from '../../test/files.js';
import { safeFileName, sniffType } from './files.sniff.js';

const zipWith = (...names: string[]) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(names.join('\0'), 'latin1')]);

test('types are told by their bytes', async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Rekap').addRow(['Bibit', 120]);
  const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
  const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]);
  const found = [await plainPng(), pdfBytes(), xlsx, zipWith('[Content_Types].xml', 'word/document.xml'), webp].map((b) => sniffType(b)?.ext);
  assert.deepEqual(found, ['png', 'pdf', 'xlsx', 'docx', 'webp']);
});

test('a plain ZIP, an executable, HTML and an SVG are none of the accepted types', () => {
  const refused = [zipWith('payload.exe'), Buffer.from('MZ\x90\x00'), Buffer.from('<!doctype html>'), Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')];
  assert.deepEqual(refused.map((b) => sniffType(b)), [null, null, null, null]);
});

test('names lose folders, traversal, control characters and their claimed extension', () => {
  const pdf = { mime: 'application/pdf', kind: 'document' as const, ext: 'pdf' };
  const cases: [string, string][] = [
    ['Berita Acara.pdf', 'Berita Acara.pdf'],
    ['..\\..\\windows\\system32\\laporan.exe', 'laporan.pdf'],
    ['/etc/passwd', 'passwd.pdf'],
    ['...hidden', 'hidden.pdf'],
    ['a\u0000b\r\n"c".pdf', 'abc.pdf'],
    ['', 'berkas.pdf'],
    ['..', 'berkas.pdf'],
    ['Lapor an: 9/9?.pdf', '9.pdf'],
    ['foto\u202Egpj.exe', 'fotogpj.pdf'],
  ];
  for (const [original, expected] of cases) assert.equal(safeFileName(original, pdf), expected, JSON.stringify(original));
});
