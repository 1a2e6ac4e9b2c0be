import { hash } from '@node-rs/argon2';
import { inArray } from 'drizzle-orm';
import type { Role } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { orgUnits } from '../org-units/index.js';
import * as q from './users.queries.js';

export const DEMO_PASSWORD = 'selaras-demo';

type DemoAccount = { username: string; name: string; positions: { title: string; role: Role; unitCode: string }[] };

/** Demo accounts, one per typical post; other tooling relies on these usernames. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', name: 'Admin Sistem Ditjenpas', positions: [{ title: 'Administrator Sistem', role: 'admin', unitCode: 'ditjenpas' }] },
  { username: 'dirjen', name: 'Direktur Jenderal Pemasyarakatan (demo)', positions: [{ title: 'Direktur Jenderal Pemasyarakatan', role: 'leader', unitCode: 'ditjenpas' }] },
  {
    username: 'kanwil.banten',
    name: 'Verifikator Kanwil Banten (demo)',
    positions: [{ title: 'Kabid Pelayanan dan Pembinaan Kanwil Banten', role: 'verifier', unitCode: 'banten' }],
  },
  {
    username: 'kakanwil.banten',
    name: 'Kakanwil Banten (demo)',
    positions: [
      { title: 'Kepala Kanwil Ditjenpas Banten', role: 'leader', unitCode: 'banten' },
      { title: 'Plh. Kalapas Kelas I Tangerang', role: 'leader', unitCode: 'lapas-kelas-i-tangerang' },
    ],
  },
  {
    username: 'kalapas.lpp.tangerang',
    name: 'Kalapas Perempuan Tangerang (demo)',
    positions: [{ title: 'Kalapas Perempuan Kelas IIA Tangerang', role: 'leader', unitCode: 'lapas-perempuan-kelas-iia-tangerang' }],
  },
  {
    username: 'operator.lpp.tangerang',
    name: 'Operator LPP Tangerang (demo)',
    positions: [{ title: 'Operator Lapas Perempuan Tangerang', role: 'operator', unitCode: 'lapas-perempuan-kelas-iia-tangerang' }],
  },
  {
    username: 'kplp.lpp.tangerang',
    name: 'KPLP LPP Tangerang (demo)',
    positions: [{ title: 'Kepala Kesatuan Pengamanan Lapas Perempuan Tangerang', role: 'security_officer', unitCode: 'lapas-perempuan-kelas-iia-tangerang' }],
  },
  {
    username: 'pembinaan.lpp.tangerang',
    name: 'Petugas Pembinaan LPP Tangerang (demo)',
    positions: [{ title: 'Kasubsi Bimbingan Kemasyarakatan dan Perawatan Lapas Perempuan Tangerang', role: 'programme_officer', unitCode: 'lapas-perempuan-kelas-iia-tangerang' }],
  },
  {
    username: 'koperasi.lpp.tangerang',
    name: 'Petugas Koperasi LPP Tangerang (demo)',
    positions: [{ title: 'Pengelola Primkopasindo Lapas Perempuan Tangerang', role: 'cooperative_officer', unitCode: 'lapas-perempuan-kelas-iia-tangerang' }],
  },
  {
    username: 'piket.ditjenpas',
    name: 'Perwira Piket Ditjenpas (demo)',
    positions: [{ title: 'Perwira Piket Direktorat Keamanan dan Ketertiban', role: 'security_officer', unitCode: 'ditjenpas' }],
  },
  {
    username: 'operator.lapas.cipinang',
    name: 'Operator Lapas Cipinang (demo)',
    positions: [{ title: 'Operator Lapas Kelas I Cipinang', role: 'operator', unitCode: 'lapas-kelas-i-cipinang' }],
  },
  {
    username: 'humas.ditjenpas',
    name: 'Humas Ditjenpas (demo)',
    positions: [{ title: 'Staf Humas Ditjenpas (hanya baca)', role: 'viewer', unitCode: 'ditjenpas' }],
  },
];

export async function seedDemoAccounts(tx: Db): Promise<void> {
  const codes = DEMO_ACCOUNTS.flatMap((a) => a.positions.map((p) => p.unitCode));
  const units = await tx.select({ id: orgUnits.id, code: orgUnits.code }).from(orgUnits).where(inArray(orgUnits.code, codes));
  const unitId = new Map(units.map((u) => [u.code, u.id]));
  const passwordHash = await hash(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const user = await q.insertUser(tx, { username: account.username, name: account.name, passwordHash });
    for (const p of account.positions) {
      const id = unitId.get(p.unitCode);
      if (!id) throw new Error(`demo unit ${p.unitCode} is missing from the seed`);
      await q.insertPosition(tx, { userId: user.id, title: p.title, role: p.role, unitId: id });
    }
  }
}
