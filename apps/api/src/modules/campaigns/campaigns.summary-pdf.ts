import type { Content } from 'pdfmake/interfaces';
import type { CampaignBoard } from '@selaras/contracts';
import type { Principal } from '../../platform/auth/principal.js';
import { letterhead, percentOf, renderLetterPdf, type LetterheadUnit } from '../directives/index.js';
import type { CampaignView } from './campaigns.queries.js';
import type { Survival } from './campaigns.survival.js';

export const SUMMARY_TITLE = 'Ringkasan Gerakan Serentak';

const number = (n: number) => n.toLocaleString('id-ID');
const percent = (n: number) => `${number(n)}%`;

function details(view: CampaignView, board: CampaignBoard): Content {
  const c = view.campaign;
  const rows: [string, string][] = [
    ['Gerakan', view.title],
    ['Nomor/rujukan', view.reference ?? '-'],
    ['Hari pelaksanaan', `${c.eventDate}, pukul ${c.windowStart}–${c.windowEnd} waktu setempat`],
    ['Target', `${number(board.totals.target)} ${c.quantityLabel}`],
    [
      'Realisasi (dilaporkan)',
      `${number(board.totals.realised)} ${c.quantityLabel} (${percent(percentOf(board.totals.realised, board.totals.target))})`,
    ],
    [
      'Realisasi terverifikasi',
      `${number(board.totals.realisedVerified)} ${c.quantityLabel} (${percent(percentOf(board.totals.realisedVerified, board.totals.target))})`,
    ],
    [
      'Unit peserta',
      `${number(board.totals.units)}; melapor ${number(board.totals.reported)}, terverifikasi ${number(board.totals.verified)}, belum melapor ${number(board.totals.notReported)}`,
    ],
    ['Lokasi dan luas', `${number(board.totals.sites)} lokasi, ${number(board.totals.areaHa)} ha`],
    ['Foto ditandai', number(board.totals.flaggedPhotos)],
  ];
  return {
    table: { widths: [120, '*'], body: rows.map(([k, v]) => [{ text: k, bold: true }, v]) },
    layout: 'noBorders',
    margin: [0, 0, 0, 10],
  };
}

function kanwilTable(board: CampaignBoard): Content {
  const head = ['Kantor Wilayah', 'Unit', 'Melapor', 'Terverifikasi', 'Target', 'Realisasi', '%'];
  return {
    table: {
      headerRows: 1,
      widths: ['*', 35, 45, 55, 60, 60, 40],
      body: [
        head.map((text) => ({ text, style: 'th' })),
        ...board.kanwil.map((k) => [
          k.unitName,
          number(k.units),
          number(k.reported),
          number(k.verified),
          number(k.target),
          number(k.realised),
          percent(k.percent),
        ]),
      ],
    },
    layout: 'lightHorizontalLines',
  };
}

function survivalTable(survival: Survival): Content {
  const head = ['Pemantauan', 'Lokasi diperiksa', 'Ditanam', 'Hidup', 'Mati', 'Disulam', 'Tingkat hidup'];
  return {
    table: {
      headerRows: 1,
      widths: ['*', 60, 55, 55, 50, 50, 60],
      body: [
        head.map((text) => ({ text, style: 'th' })),
        ...survival.national.map((w) => [
          `+${w.month} bulan`,
          number(w.sitesChecked),
          number(w.planted),
          number(w.alive),
          number(w.dead),
          number(w.replanted),
          w.rate === null ? '-' : percent(Math.round(w.rate * 1000) / 10),
        ]),
      ],
    },
    layout: 'lightHorizontalLines',
  };
}

/** The summary of a campaign over the caller's scope: totals against the target, Kanwil ranking and, once checked, survival. */
export function campaignSummaryPdf(input: {
  principal: Principal;
  unit: LetterheadUnit | null;
  view: CampaignView;
  board: CampaignBoard;
  survival: Survival;
  now: Date;
}): Promise<Buffer> {
  const { principal, view, board, survival, now } = input;
  const checked = survival.national.some((w) => w.sitesChecked > 0);
  const content: Content[] = [
    ...letterhead(input.unit),
    { text: SUMMARY_TITLE.toUpperCase(), style: 'title' },
    details(view, board),
  ];
  if (board.kanwil.length > 0)
    content.push({ text: 'Peringkat Kantor Wilayah (realisasi terhadap target)', style: 'h2' }, kanwilTable(board));
  if (checked) content.push({ text: 'Tingkat hidup tanaman', style: 'h2' }, survivalTable(survival));
  return renderLetterPdf({ title: SUMMARY_TITLE, subject: view.title, principal, now, content });
}
