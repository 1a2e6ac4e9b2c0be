import { test } from 'node:test';
import assert from 'node:assert/strict';
import { whatsappLink, whatsappSummary } from './whatsapp-summary.js';

test('the WhatsApp text names the directive, unit, status, values and link, and survives URL encoding', () => {
  const text = whatsappSummary({
    title: 'Penanaman kelapa serentak',
    unit: 'Lapas Kelas IIA Abepura',
    status: 'Dilaporkan',
    due: '9 September 2025, 10.00 WIT',
    metrics: ['- Bibit ditanam: 120 batang'],
    link: 'https://selaras.example/assignments/1',
    labels: { status: 'Status', due: 'Batas waktu', link: 'Tautan' },
  });
  assert.equal(
    text,
    '*Penanaman kelapa serentak*\nLapas Kelas IIA Abepura\nStatus: Dilaporkan\nBatas waktu: 9 September 2025, 10.00 WIT\n- Bibit ditanam: 120 batang\nTautan: https://selaras.example/assignments/1',
  );
  const url = new URL(whatsappLink(text));
  assert.equal(url.origin + url.pathname, 'https://wa.me/');
  assert.equal(url.searchParams.get('text'), text);
});
