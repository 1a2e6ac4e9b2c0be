// Test files built for real: photos made with sharp (with or without GPS EXIF) and multipart bodies.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import type { StoredFile } from '@selaras/contracts';
import type { Client } from './app.js';

/** Lapas Perempuan Tangerang, roughly: 6°10'30" S, 106°37'12" E. */
export { sceneJpeg, TANGERANG_GPS, type SceneOptions } from '../demo-photos.js';

/** A JPEG carrying GPS, capture time and device in its EXIF, as a phone camera writes them. */
export function geotaggedJpeg(opts: { color?: string; width?: number } = {}): Promise<Buffer> {
  return sharp({ create: { width: opts.width ?? 800, height: 600, channels: 3, background: opts.color ?? '#2f855a' } })
    .withExif({
      IFD0: { Make: 'Samsung', Model: 'SM-A155F', Software: 'A155FXXU1' },
      IFD2: { DateTimeOriginal: '2025:09:09 08:15:00', OffsetTimeOriginal: '+07:00' },
      IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 10/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 37/1 12/1' },
    })
    .jpeg({ quality: 80 })
    .toBuffer();
}

/** A PNG with no EXIF at all. */
export function plainPng(color = '#1e3a8a'): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 480, channels: 3, background: color } }).png().toBuffer();
}

/** A small PDF; `padding` bytes of a comment make it as large as a test needs. */
export function pdfBytes(padding = 0): Buffer {
  const body = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
  return Buffer.concat([Buffer.from(body), Buffer.from(`%${randomBytes(Math.ceil(padding / 2)).toString('hex')}\n`)]);
}

/** A multipart/form-data body with one file part, for `app.inject`. */
export function multipart(filename: string, bytes: Buffer, opts: { field?: string; contentType?: string } = {}) {
  const boundary = `----selaras${randomBytes(8).toString('hex')}`;
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="${opts.field ?? 'file'}"; filename="${filename}"\r\n` +
    `Content-Type: ${opts.contentType ?? 'application/octet-stream'}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head, 'utf8'), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** POST /api/v1/files with one file part. */
export function upload(by: Client, name: string, bytes: Buffer, contentType = 'application/octet-stream') {
  const { payload, headers } = multipart(name, bytes, { contentType });
  return by.post('/api/v1/files', payload, { headers });
}

export async function uploadOk(by: Client, name: string, bytes: Buffer): Promise<StoredFile> {
  const res = await upload(by, name, bytes);
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as StoredFile;
}

