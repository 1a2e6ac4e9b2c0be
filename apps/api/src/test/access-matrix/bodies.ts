// Valid bodies for the writes on a target, so that the request gets past validation to the scope check.
// A write not listed here is sent `{}`: a refused body (400) then shows the role got in.
import { ABSENT_ID } from './cells.js';
import type { Places } from './fixtures.js';
import type { Targets } from './targets.js';

type World = { places: Places; targets: Targets };

const today = '2026-03-10';

let billingSerial = 0;
/** A 15-digit SIMPONI billing code, a new one each call. */
function nextBillingCode(): string {
  billingSerial += 1;
  return `8${String(Date.now()).slice(-8)}${String(billingSerial).padStart(6, '0')}`;
}

export const WRITE_BODIES: Record<string, (w: World) => unknown> = {
  'PATCH /api/v1/users/:id': () => ({ whatsapp: null }),
  'POST /api/v1/users/:id/positions': (w) => ({ title: 'Staf Uji', role: 'operator', unitId: w.places.own.id }),
  'POST /api/v1/users/:id/password': () => ({ password: 'kata-sandi-uji-baru' }),
  'POST /api/v1/incidents/:id/updates': () => ({ note: 'Penyisiran berlanjut' }),
  'POST /api/v1/incidents/:id/status': () => ({ status: 'ditangani' }),
  'POST /api/v1/incidents/:id/agencies': () => ({ agency: 'polres', name: 'Polres Uji', requestedAt: new Date().toISOString() }),
  'POST /api/v1/incidents/:id/persons': () => ({ role: 'petugas', name: 'Petugas Uji' }),
  'PUT /api/v1/incidents/:id/review': () => ({ cause: 'Pagar berkarat.', actionsTaken: 'Pagar ditambal.', lessons: 'Periksa pagar mingguan.', followUps: [] }),
  'PUT /api/v1/incidents/:id/sop/:stepKey': () => ({ done: true }),
  'POST /api/v1/inmates/:id/certificates': () => ({ title: 'Sertifikat Tata Boga', issuer: 'BLK Tangerang', certified: true, issuedOn: '2026-03-01' }),
  'POST /api/v1/premi/:inmateId/payouts': () => ({ amountRupiah: 1_000, method: 'tabungan_bank', accountReference: '1234 5678 90', paidOn: today }),
  'POST /api/v1/products/:id/permits': () => ({ kind: 'pirt', number: 'PIRT-UJI-1', issuedOn: '2026-01-01', expiresOn: '2031-01-01' }),
  'PATCH /api/v1/products/:id/permits/:permitId': () => ({ number: 'PIRT-UJI-2' }),
  'POST /api/v1/programmes/:id/enrolments/:enrolmentId/status': () => ({ status: 'aktif' }),
  'POST /api/v1/assignments/:id/reports': () => ({ values: { seedlings: 1 }, narrative: 'Satu bibit ditanam.' }),
  'POST /api/v1/assignments/:id/requests': () => ({ type: 'exemption', reasonCode: 'tidak_relevan' }),
  'PUT /api/v1/assignments/:id/draft': () => ({ values: { seedlings: 1 }, narrative: 'Draf' }),
  'POST /api/v1/meetings/:id/check-in': () => ({ staffCount: 5 }),
  'PUT /api/v1/meetings/:id/attendance/:unitId': () => ({ staffCount: 5 }),
  'PUT /api/v1/meetings/:id/minutes': () => ({ text: 'Notulen rapat', decisions: [] }),
  'PATCH /api/v1/campaigns/:id/sites/:siteId': () => ({ notes: 'Catatan baru' }),
  'PUT /api/v1/campaigns/:id/sites/:siteId/results': () => ({ values: { bibit: 1 } }),
  'PUT /api/v1/campaigns/:id/sites/:siteId/checks/:window': () => ({ alive: 1, dead: 0, replanted: 0 }),
  'POST /api/v1/campaigns/:id/sites/:siteId/photos': () => ({ fileId: ABSENT_ID }),
  'POST /api/v1/products/:id/stage-requests': () => ({ toStage: 'pengembangan' }),
  'POST /api/v1/programmes/:id/enrolments': (w) => ({ inmateId: w.targets.inmate.own?.id }),
  'PUT /api/v1/programmes/:id/sessions/:date/:start/attendance': (w) => ({ entries: [{ inmateId: w.targets.inmate.own?.id, status: 'hadir' }] }),
  'PUT /api/v1/units/:unitId/cooperative': () => ({ name: 'Primkopasindo Uji', status: 'akta_terbit', deedNumber: 'AHU-12/2025', deedDate: '2025-06-02' }),
  'PUT /api/v1/units/:unitId/preorders/:weekStart': () => ({ items: [{ name: 'Beras', quantity: 5, unit: 'kg' }] }),
  'PUT /api/v1/units/:unitId/prices': () => ({ items: [{ itemName: 'Beras', unitOfSale: 'kg', priceRupiah: 14_000, marketPriceRupiah: 13_500 }] }),
  'POST /api/v1/units/:unitId/pnbp-deposits': () => ({ billingCode: nextBillingCode(), amountRupiah: 10_000, depositedOn: today }),
  'PUT /api/v1/units/:unitId/targets/:year': () => ({ salesRupiah: 1_000_000, pnbpRupiah: 100_000 }),
};
