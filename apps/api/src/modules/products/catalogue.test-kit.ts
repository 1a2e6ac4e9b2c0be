import { hash } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import type { ProductCategory, ProductStage } from '@selaras/contracts';
import type { TestApp } from '../../test/app.js';
import { geotaggedJpeg, uploadOk } from '../../test/files.js';
import { orgUnits } from '../org-units/index.js';
import { DEMO_PASSWORD, findUserByUsername, insertPosition, insertUser } from '../users/index.js';
import { inmates } from '../programmes/index.js';
import { cooperatives } from '../cooperative/index.js';
import { batchWorkers, productionBatches, productPermits, products } from './products.table.js';

export const API = '/api/v1';
export const CATALOGUE = `${API}/public/catalogue`;
/** 09.00 WIB on 10 March 2026. */
export const NOW = new Date('2026-03-10T02:00:00Z');
export const LPP = 'lapas-perempuan-kelas-iia-tangerang';
export const CIPINANG = 'lapas-kelas-i-cipinang';
/** A cooperative officer at Cipinang, made for these tests: another unit's officer. */
export const CIPINANG_OFFICER = 'koperasi.test.cipinang';

/** Personal data written next to the products: none of it may reach a public response. */
export const SECRET = {
  inmateName: 'Sulastri Rahayuningsih',
  registration: 'BI.9876/2025',
  pseudonym: 'WB-SECRT9',
  staffName: 'Petugas Rahasia Koperasi',
};

type Unit = { id: string; path: string };

export type CatalogueData = {
  units: { lpp: Unit; cipinang: Unit };
  ids: Record<'bordir' | 'ecoprint' | 'batik' | 'trial' | 'development' | 'archived' | 'expired', string>;
  userIds: string[];
};

async function unitByCode(t: TestApp, code: string): Promise<Unit> {
  const [row] = await t.database.db.select({ id: orgUnits.id, path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.code, code));
  if (!row) throw new Error(`unit ${code} missing from the seed`);
  return row;
}

async function product(t: TestApp, unit: Unit, creator: string, name: string, stage: ProductStage, extra: { category?: ProductCategory; archived?: boolean; photoFileIds?: string[] } = {}) {
  const [row] = await t.database.db
    .insert(products)
    .values({
      unitId: unit.id,
      unitPath: unit.path,
      name,
      brand: `${name} Brand`,
      category: extra.category ?? 'tekstil',
      description: `${name}: buatan tangan warga binaan.`,
      unitOfSale: 'lembar',
      priceRupiah: 150_000,
      capacityPerWeek: 40,
      inmatesInvolved: 17,
      inmatesTrained: 23,
      stage,
      archived: extra.archived ?? false,
      photoFileIds: extra.photoFileIds ?? [],
      createdByUserId: creator,
    })
    .returning({ id: products.id });
  if (!row) throw new Error('product insert returned nothing');
  return row.id;
}

/**
 * LPP Tangerang: a flagship and a market-ready product, one at each earlier stage, an archived one and one whose
 * permit expired; Cipinang: batik. An inmate with a name works on a batch, so the data exists to leak.
 */
export async function seedCatalogue(t: TestApp): Promise<CatalogueData> {
  const db = t.database.db;
  const [lpp, cipinang] = await Promise.all([unitByCode(t, LPP), unitByCode(t, CIPINANG)]);
  const officer = await findUserByUsername(db, 'koperasi.lpp.tangerang');
  if (!officer) throw new Error('koperasi.lpp.tangerang missing from the seed');
  const other = await insertUser(db, { username: CIPINANG_OFFICER, name: SECRET.staffName, passwordHash: await hash(DEMO_PASSWORD) });
  await insertPosition(db, { userId: other.id, unitId: cipinang.id, role: 'cooperative_officer', title: 'Pengurus Koperasi Cipinang' });
  const photo = await uploadOk(await t.as('operator.lpp.tangerang'), 'bordir.jpg', await geotaggedJpeg());
  await db.insert(cooperatives).values({ unitId: lpp.id, unitPath: lpp.path, name: 'Primkopasindo LPP Tangerang', status: 'berbadan_hukum', updatedByUserId: officer.id });
  const ids = {
    bordir: await product(t, lpp, officer.id, 'Bordir Tangerang', 'unggulan', { photoFileIds: [photo.id] }),
    ecoprint: await product(t, lpp, officer.id, 'Eco-print Kain', 'siap_pasar'),
    batik: await product(t, cipinang, other.id, 'Batik Lintas 5', 'siap_pasar'),
    trial: await product(t, lpp, officer.id, 'Lele Segar', 'uji_coba', { category: 'perikanan' }),
    development: await product(t, lpp, officer.id, 'Sayur Hidroponik', 'pengembangan', { category: 'pertanian' }),
    archived: await product(t, lpp, officer.id, 'Taplak Lama', 'siap_pasar', { archived: true }),
    expired: await product(t, lpp, officer.id, 'Kue Kering', 'siap_pasar', { category: 'makanan' }),
  };
  await db.insert(productPermits).values([
    { productId: ids.expired, unitPath: lpp.path, kind: 'pirt', number: '2063671010001-29', issuedOn: '2021-03-01', expiresOn: '2026-03-09' },
    { productId: ids.bordir, unitPath: lpp.path, kind: 'merek', number: 'IDM000123456', issuedOn: '2024-05-01', expiresOn: '2034-05-01' },
  ]);
  const [inmate] = await db
    .insert(inmates)
    .values({ unitId: lpp.id, unitPath: lpp.path, registrationNumber: SECRET.registration, name: SECRET.inmateName, pseudonym: SECRET.pseudonym, sex: 'P', birthYear: 1990, category: 'narapidana', status: 'aktif', entryDate: '2024-01-10' })
    .returning({ id: inmates.id });
  const [batch] = await db
    .insert(productionBatches)
    .values({ productId: ids.bordir, unitId: lpp.id, unitPath: lpp.path, producedOn: '2026-03-02', quantity: 20, workBasis: 'potong', recordedByUserId: officer.id })
    .returning({ id: productionBatches.id });
  if (inmate && batch) await db.insert(batchWorkers).values({ batchId: batch.id, inmateId: inmate.id, amount: 20 });
  return { units: { lpp, cipinang }, ids, userIds: [officer.id, other.id] };
}

export function orderBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { buyerName: 'Toko Batik Sejahtera', contact: '0812-3456-7890', quantity: 25, message: 'Untuk seragam kantor, kirim ke Serang.', ...overrides };
}
