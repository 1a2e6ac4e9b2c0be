// Reads the text back out of a PDF made by pdfmake/pdfkit, without a PDF library: the content
// streams show glyph ids, and each embedded font's ToUnicode map turns them back into text.
import { inflateSync } from 'node:zlib';

function streams(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const out: string[] = [];
  const start = /stream\r?\n/g;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    const from = m.index + m[0].length;
    const raw = Buffer.from(text.slice(from, text.indexOf('endstream', from)), 'latin1');
    try {
      out.push(inflateSync(raw).toString('latin1'));
    } catch {
      out.push(raw.toString('latin1'));
    }
  }
  return out;
}

const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');

function toUnicodeMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const range of cmap.matchAll(/<([0-9a-f]{4})>\s*<([0-9a-f]{4})>\s*\[([^\]]*)\]/gi)) {
    const first = parseInt(range[1] ?? '0', 16);
    // A ligature maps to several code units: <0066 0069> is "fi".
    [...(range[3] ?? '').matchAll(/<([0-9a-f ]+)>/gi)].forEach((u, i) => {
      map.set((first + i).toString(16).padStart(4, '0'), utf16((u[1] ?? '').replace(/ /g, '')));
    });
  }
  return map;
}

/**
 * The page text as each embedded font would read it (one candidate per font): a word drawn in
 * a font reads right in that font's candidate (runs joined by single spaces). Callers look for
 * their words in any candidate.
 */
export function pdfTextCandidates(pdf: Buffer): string[] {
  const all = streams(pdf);
  const maps = all.filter((s) => s.includes('begincmap')).map(toUnicodeMap);
  const shows = all.flatMap((s) => [...s.matchAll(/\[([^\]]*)\]\s*TJ/g)].map((m) => m[1] ?? ''));
  return maps.map((map) =>
    shows
      .map((show) =>
        [...show.matchAll(/<([0-9a-f]*)>/gi)]
          .map((hex) => (hex[1]?.match(/.{4}/g) ?? []).map((g) => map.get(g.toLowerCase()) ?? '').join(''))
          .join(''),
      )
      .join(' ')
      .replace(/\s+/g, ' '),
  );
}
