import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { AgencyBody, CreateIncidentBody, Incident } from '@selaras/contracts';
import type { Db } from './platform/db/index.js';
import type { Principal } from './platform/auth/principal.js';
import { createAudit } from './platform/audit/audit.js';
import { createNotify } from './platform/notify/notify.js';
import { orgUnits } from './modules/org-units/index.js';
import { createDirectivesService } from './modules/directives/index.js';
import { createIncidentsModule, incidentCategories } from './modules/incidents/index.js';

type Deps = { principalOf: (username: string) => Promise<Principal>; next: () => number; now: Date };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Ordinary incidents spread over the past year, so the statistics have months, categories and units to show. */
type Routine = { category: string; location: string; description: string; counters?: Record<string, number> };
const ROUTINE: Routine[] = [
  { category: 'barang_terlarang', location: 'Blok hunian (razia)', description: 'Razia gabungan menemukan telepon genggam dan pengisi daya yang disembunyikan.', counters: { hp: 4 } },
  { category: 'perkelahian', location: 'Lapangan olahraga', description: 'Dua warga binaan berkelahi karena utang; dilerai regu jaga.', counters: { luka: 1 } },
  { category: 'unjuk_rasa', location: 'Blok B', description: 'Warga binaan menolak makan siang memprotes jadwal kunjungan.' },
  { category: 'pencurian_pemerasan', location: 'Blok A', description: 'Laporan pemerasan terhadap warga binaan baru.' },
  { category: 'bencana_alam', location: 'Seluruh area', description: 'Gempa dirasakan; seluruh warga binaan dikumpulkan di lapangan.', counters: { dievakuasi: 120 } },
];
const ROUTINE_UNITS = ['Lapas Kelas I Cipinang', 'Rutan Kelas I Bandung', 'Lapas Kelas I Tangerang', 'Rutan Kelas I Surabaya', 'Lapas Kelas IIA Banda Aceh', 'Rutan Kelas I Salemba'];

/**
 * Kamtib in the demo: the Kutacane escape of 10 March 2025 (52 escaped, recaptures reported over days, closed
 * after review), a live escape at Abepura two hours before the demo starts, a fight and a phone razia still being
 * handled, and a year of ordinary incidents for the statistics.
 */
export async function seedDemoIncidents(db: Db, deps: Deps): Promise<void> {
  let now = deps.now;
  const clock = () => now;
  const audit = createAudit({ clock });
  const directivesOn = (handle: Db) => createDirectivesService({ db: handle, audit, clock });
  const { incidents, escalation } = createIncidentsModule({ db, audit, clock, notify: createNotify({ email: false, webhook: false }), directivesOn });
  const categories = new Map((await db.select({ id: incidentCategories.id, code: incidentCategories.code }).from(incidentCategories)).map((c) => [c.code, c.id]));
  const at = (date: Date) => {
    now = date;
  };
  const operatorOf = async (unitName: string) => {
    const [unit] = await db.select({ code: orgUnits.code }).from(orgUnits).where(eq(orgUnits.name, unitName));
    return deps.principalOf(`operator.${unit?.code ?? ''}`);
  };
  const report = async (by: Principal, body: Omit<CreateIncidentBody, 'clientId' | 'categoryId'> & { category: string }): Promise<Incident> => {
    const { category, ...rest } = body;
    return (await incidents.report(by, { ...rest, clientId: randomUUID(), categoryId: categories.get(category) ?? '' })).incident;
  };
  const acknowledge = async (by: Principal, incident: Incident, level: 'unit' | 'kanwil' | 'hq') => {
    const fresh = await incidents.get(by, incident.id);
    const alert = fresh.alerts.find((a) => a.level === level && a.sentAt && !a.acknowledgedAt);
    if (alert) await incidents.acknowledgeAlert(by, incident.id, alert.id);
  };
  const agency = (body: AgencyBody) => body;

  // Kutacane, 10 March 2025, just after the evening meal: 52 escaped.
  const kutacane = await operatorOf('Lapas Kelas IIB Kutacane');
  const occurred = new Date('2025-03-10T11:20:00Z');
  at(new Date(occurred.getTime() + 12 * MINUTE));
  const escape = await report(kutacane, {
    category: 'pelarian',
    severity: 'kritis',
    occurredAt: occurred.toISOString(),
    location: 'Pintu utama dan blok hunian',
    description: 'Warga binaan menjebol pintu saat berbuka puasa dan melarikan diri melalui pintu utama. Hunian jauh melebihi kapasitas.',
    counters: { kabur: 52 },
  });
  at(new Date(now.getTime() + 6 * MINUTE));
  await acknowledge(await deps.principalOf('kanwil.aceh'), escape, 'kanwil');
  at(new Date(now.getTime() + 3 * MINUTE));
  await acknowledge(await deps.principalOf('piket.ditjenpas'), escape, 'hq');
  await incidents.addAgency(kutacane, escape.id, agency({ agency: 'polres', name: 'Polres Aceh Tenggara', contact: 'Piket Reskrim', requestedAt: new Date(occurred.getTime() + 15 * MINUTE).toISOString(), arrivedAt: new Date(occurred.getTime() + 40 * MINUTE).toISOString(), personnel: 60, notes: 'Penyekatan jalan keluar kota dan penyisiran kebun.' }));
  await incidents.addAgency(kutacane, escape.id, agency({ agency: 'kodim_tni', name: 'Kodim 0108/Aceh Tenggara', requestedAt: new Date(occurred.getTime() + 20 * MINUTE).toISOString(), arrivedAt: new Date(occurred.getTime() + 75 * MINUTE).toISOString(), personnel: 40 }));
  await incidents.changeStatus(kutacane, escape.id, { status: 'ditangani' });
  for (const [hours, recaptured, note] of [
    [3, 8, 'Delapan ditangkap kembali di perkebunan sekitar lapas.'],
    [20, 19, 'Penyisiran bersama Polres dan Kodim berlanjut.'],
    [44, 31, 'Sebagian menyerahkan diri melalui keluarga.'],
    [120, 40, 'Daftar pencarian orang disebarkan ke Polres sekitar.'],
    [336, 45, 'Sisa buron dalam daftar pencarian orang.'],
  ] as const) {
    at(new Date(occurred.getTime() + hours * HOUR));
    await incidents.addUpdate(kutacane, escape.id, { note, counters: { tertangkap: recaptured } });
  }
  await incidents.changeStatus(kutacane, escape.id, { status: 'terkendali' });
  at(new Date(occurred.getTime() + 30 * DAY));
  await incidents.changeStatus(kutacane, escape.id, { status: 'pulih' });
  await incidents.saveReview(kutacane, escape.id, {
    cause: 'Hunian tiga kali kapasitas, regu jaga berlima saat berbuka puasa, pintu blok rusak belum diperbaiki.',
    actionsTaken: 'Penyekatan bersama Polres dan Kodim, penyisiran, DPO, pemindahan sebagian warga binaan.',
    lessons: 'Jadwal jaga saat berbuka harus penuh; kerusakan pintu dilaporkan dan diperbaiki dalam 24 jam.',
    followUps: [{ title: 'Perbaikan pintu blok dan pintu utama Lapas Kutacane' }, { title: 'Penambahan regu jaga pada jam berbuka puasa' }],
  });
  at(new Date(now.getTime() + 2 * DAY));
  await incidents.close(await deps.principalOf('kanwil.aceh'), escape.id, { note: 'Kajian diterima.', issueFollowUps: false });

  // Ordinary incidents over the past year, most of them closed, reported in order so their numbers run with time.
  const daysAgo = Array.from({ length: 36 }, () => 3 + deps.next() * 360).sort((a, b) => b - a);
  for (const days of daysAgo) {
    const kind = ROUTINE[Math.floor(deps.next() * ROUTINE.length)] ?? ROUTINE[0];
    const unitName = ROUTINE_UNITS[Math.floor(deps.next() * ROUTINE_UNITS.length)] ?? 'Lapas Kelas I Cipinang';
    if (!kind) continue;
    at(new Date(deps.now.getTime() - Math.floor(days * DAY)));
    const by = await operatorOf(unitName);
    const incident = await report(by, { category: kind.category, severity: deps.next() < 0.7 ? 'ringan' : 'sedang', location: kind.location, description: kind.description, counters: kind.counters });
    if (deps.next() < 0.15) continue;
    at(new Date(now.getTime() + 2 * HOUR));
    await incidents.changeStatus(by, incident.id, { status: 'pulih' });
    await incidents.saveReview(by, incident.id, { cause: 'Pengawasan blok kurang pada jam rawan.', actionsTaken: 'Penanganan sesuai SOP dan pemeriksaan pihak terkait.', lessons: 'Kontrol blok diperketat.', followUps: [] });
    const [unit] = await db.select({ kanwilId: orgUnits.kanwilId }).from(orgUnits).where(eq(orgUnits.id, incident.unitId));
    const [kanwil] = await db.select({ code: orgUnits.code }).from(orgUnits).where(eq(orgUnits.id, unit?.kanwilId ?? incident.unitId));
    at(new Date(now.getTime() + DAY));
    await incidents.close(await deps.principalOf(`kanwil.${kanwil?.code ?? ''}`), incident.id, { issueFollowUps: false });
  }

  // Abepura, now: three escaped during a work detail outside the walls; one recaptured, the HQ alert not yet acknowledged.
  const abepura = await operatorOf('Lapas Kelas IIA Abepura');
  at(new Date(deps.now.getTime() - 2 * HOUR));
  const live = await report(abepura, {
    category: 'pelarian',
    severity: 'berat',
    occurredAt: new Date(deps.now.getTime() - 2 * HOUR - 10 * MINUTE).toISOString(),
    location: 'Kebun asimilasi di luar tembok',
    description: 'Tiga warga binaan asimilasi tidak kembali dari kebun saat apel sore.',
    counters: { kabur: 3 },
  });
  at(new Date(deps.now.getTime() - 110 * MINUTE));
  await acknowledge(await deps.principalOf('kanwil.papua'), live, 'kanwil');
  await incidents.addAgency(abepura, live.id, agency({ agency: 'polres', name: 'Polresta Jayapura Kota', requestedAt: new Date(deps.now.getTime() - 115 * MINUTE).toISOString(), arrivedAt: new Date(deps.now.getTime() - 80 * MINUTE).toISOString(), personnel: 12 }));
  await incidents.changeStatus(abepura, live.id, { status: 'ditangani' });
  at(new Date(deps.now.getTime() - 30 * MINUTE));
  await incidents.addUpdate(abepura, live.id, { note: 'Satu orang ditangkap di Kotaraja.', counters: { tertangkap: 1 } });

  // Lapas Perempuan Tangerang, yesterday: a fight, under control; the security officer ticks the SOP.
  const kplp = await deps.principalOf('kplp.lpp.tangerang');
  at(new Date(deps.now.getTime() - DAY));
  const fight = await report(kplp, { category: 'perkelahian', severity: 'sedang', location: 'Blok Anggrek', description: 'Dua warga binaan bertengkar di ruang makan; satu luka ringan di tangan.', counters: { luka: 1 } });
  await acknowledge(await deps.principalOf('kalapas.lpp.tangerang'), fight, 'unit');
  for (const step of fight.sop.steps.slice(0, 3)) await incidents.setSopStep(kplp, fight.id, step.key, { done: true });
  await incidents.changeStatus(kplp, fight.id, { status: 'terkendali' });

  // What the scheduler would have done by now (repeats and escalations of alerts nobody acknowledged).
  at(deps.now);
  await escalation.runEscalations(deps.now);
}
