import type { FileKind } from '@selaras/contracts';

export type Sniffed = { mime: string; kind: FileKind; ext: string };

const JPEG: Sniffed = { mime: 'image/jpeg', kind: 'photo', ext: 'jpg' };
const PNG: Sniffed = { mime: 'image/png', kind: 'photo', ext: 'png' };
const WEBP: Sniffed = { mime: 'image/webp', kind: 'photo', ext: 'webp' };
const PDF: Sniffed = { mime: 'application/pdf', kind: 'document', ext: 'pdf' };
const DOCX: Sniffed = { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', kind: 'document', ext: 'docx' };
const XLSX: Sniffed = { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', kind: 'document', ext: 'xlsx' };

function startsWith(bytes: Buffer, signature: number[], offset = 0): boolean {
  return signature.every((b, i) => bytes[offset + i] === b);
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * An Office Open XML package is a ZIP whose entry names are stored uncompressed: the main part's
 * name tells a Word document from a workbook. Any other ZIP is refused.
 */
function sniffOfficeZip(bytes: Buffer): Sniffed | null {
  if (!bytes.includes('[Content_Types].xml', 0, 'latin1')) return null;
  if (bytes.includes('word/document.xml', 0, 'latin1')) return DOCX;
  if (bytes.includes('xl/workbook.xml', 0, 'latin1')) return XLSX;
  return null;
}

/** The file's type from its leading bytes; null when it is none of the accepted types. */
export function sniffType(bytes: Buffer): Sniffed | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return WEBP;
  if (startsWith(bytes, ascii('%PDF-'))) return PDF;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return sniffOfficeZip(bytes);
  return null;
}

const MAX_NAME = 120;

/**
 * A name safe to store and to send back in Content-Disposition: no folders, no control
 * characters, no leading dots, and the extension of the type actually found in the bytes.
 */
export function safeFileName(original: string, sniffed: Sniffed): string {
  const base = original.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '')
    // Bidirectional overrides make "gpj.exe" read as "exe.jpg".
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\.{2,}/g, '.')
    .replace(/^[.\s]+/, '')
    .trim();
  const stem = cleaned.replace(/\.[^.]*$/, '').slice(0, MAX_NAME).trim() || 'berkas';
  return `${stem}.${sniffed.ext}`;
}
