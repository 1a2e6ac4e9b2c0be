import type { FuzzCase } from './cases.js';

const BOUNDARY = 'fuzzboundary7MA4YWxkTrZu0gW';

type Part = { name: string; filename?: string; contentType?: string; data: Buffer | string };

/** A multipart/form-data body built by hand, so file names and bytes can be anything. */
export function multipartBody(parts: Part[]): { payload: Buffer; headers: Record<string, string> } {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const filename = part.filename === undefined ? '' : `; filename="${part.filename}"`;
    const type = part.contentType ? `\r\nContent-Type: ${part.contentType}` : '';
    chunks.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"${filename}${type}\r\n\r\n`), Buffer.from(part.data), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } };
}

const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const EXE_BYTES = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
const TRUNCATED_JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
const TRUNCATED_XLSX = Buffer.from('PK\u0003\u0004garbage-not-a-zip');

/** File uploads with lying names and bytes: traversal names, wrong types, truncated files, no file. */
export function multipartCases(method: string, url: string): FuzzCase[] {
  const file = (label: string, parts: Part[]): FuzzCase => ({ label: `multipart: ${label}`, method, url, ...multipartBody(parts) });
  return [
    file('traversal name, bytes not a JPEG', [{ name: 'file', filename: '../../x.jpg', contentType: 'image/jpeg', data: 'this is not a jpeg' }]),
    file('encoded traversal name', [{ name: 'file', filename: '..%2F..%2Fx.csv', contentType: 'text/csv', data: 'name,type\nA,LAPAS\n' }]),
    file('PNG name, PDF bytes', [{ name: 'file', filename: 'foto.png', contentType: 'image/png', data: PDF_BYTES }]),
    file('PDF name, executable bytes', [{ name: 'file', filename: 'laporan.pdf', contentType: 'application/pdf', data: EXE_BYTES }]),
    file('truncated JPEG', [{ name: 'file', filename: 'foto.jpg', contentType: 'image/jpeg', data: TRUNCATED_JPEG }]),
    file('XLSX name, broken zip', [{ name: 'file', filename: 'data.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data: TRUNCATED_XLSX }]),
    file('CSV with NUL and injection', [{ name: 'file', filename: 'data.csv', contentType: 'text/csv', data: "name,type,kanwil\n'; DROP TABLE users;--,LAPAS,\u0000\n" }]),
    file('empty file', [{ name: 'file', filename: 'kosong.jpg', contentType: 'image/jpeg', data: '' }]),
    file('NUL and RTL in the name', [{ name: 'file', filename: 'a\u0000b\u202Egpj.exe', contentType: 'image/jpeg', data: 'x' }]),
    file('no file part', [{ name: 'note', data: 'tanpa berkas' }]),
    file('two files', [
      { name: 'file', filename: 'a.csv', contentType: 'text/csv', data: 'a' },
      { name: 'file', filename: 'b.csv', contentType: 'text/csv', data: 'b' },
    ]),
    { label: 'multipart: broken boundary', method, url, payload: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="x.jpg"\r\n\r\nabc`, headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } },
    { label: 'multipart: no boundary', method, url, payload: 'abc', headers: { 'content-type': 'multipart/form-data' } },
  ];
}

/** Chunks of a resumable upload with bad offsets, wrong content types and bytes that are not a photo. */
export function uploadChunkCases(method: string, url: string): FuzzCase[] {
  const chunk = (label: string, offset: string | undefined, payload: string | Buffer, type = 'application/offset+octet-stream'): FuzzCase => ({
    label: `chunk: ${label}`,
    method,
    url,
    payload,
    headers: { 'content-type': type, ...(offset === undefined ? {} : { 'upload-offset': offset }) },
  });
  return [
    chunk('no offset', undefined, 'abc'),
    chunk('offset -1', '-1', 'abc'),
    chunk('offset not a number', 'abc', 'abc'),
    chunk('offset huge', '99999999999999999999999', 'abc'),
    chunk('offset float', '1.5', 'abc'),
    chunk('offset past the end', '5000000', 'abc'),
    chunk('empty chunk', '0', Buffer.alloc(0)),
    chunk('more bytes than declared', '0', Buffer.alloc(4096, 1)),
    chunk('JSON content type', '0', '{"a":1}', 'application/json'),
    chunk('octet-stream content type', '0', 'abc', 'application/octet-stream'),
    chunk('bytes that are not a JPEG', '0', 'this is not a jpeg.'),
  ];
}
