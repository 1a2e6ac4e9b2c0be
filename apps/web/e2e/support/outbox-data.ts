/** Follow-ups for the offline journeys, made through the API outside the browser. */
import { call, session } from './follow-up-data';

type Unit = { id: string; name: string };
type Assignment = { id: string; unitName: string };

export const OUTBOX_UNIT = 'Lapas Perempuan Kelas IIA Tangerang';

/** The Dirjen issues a directive (one metric, "Kegiatan", due in a week) to the UPTs of Kanwil Banten; returns LPP Tangerang's assignment. */
export async function issueBantenDirective(baseUrl: string, title: string, minPhotos = 0): Promise<string> {
  const dirjen = await session(baseUrl, 'dirjen');
  const kanwils = await call<{ items: Unit[] }>(baseUrl, dirjen, 'GET', '/units?kind=kanwil&limit=100');
  const banten = kanwils.items.find((u) => u.name.endsWith('Banten'));
  if (!banten) throw new Error('Kanwil Banten is seeded');
  const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const draft = await call<{ id: string }>(baseUrl, dirjen, 'POST', '/directives', {
    source: 'meeting',
    title,
    body: 'Setiap UPT melaporkan kegiatan yang dilaksanakan.',
    tags: [],
    target: { mode: 'filter', kanwilIds: [banten.id] },
    metrics: [{ key: 'activities', name: 'Kegiatan', type: 'integer', rollup: 'sum' }],
    due: { local: `${due}T10:00`, zone: 'unit' },
    evidence: { minPhotos, minDocuments: 0, geotagRequired: false },
  });
  await call(baseUrl, dirjen, 'POST', `/directives/${draft.id}/issue`);
  const page = await call<{ items: Assignment[] }>(baseUrl, dirjen, 'GET', `/assignments?role=follow_up&limit=100&directiveId=${draft.id}`);
  const mine = page.items.find((a) => a.unitName === OUTBOX_UNIT);
  if (!mine) throw new Error(`${OUTBOX_UNIT} is a Banten UPT`);
  return mine.id;
}

/** Meanwhile the Kanwil reports on the unit's behalf and verifies it: a report queued on the phone now conflicts. */
export async function reportAndVerifyOnBehalf(baseUrl: string, assignmentId: string): Promise<void> {
  const kanwil = await session(baseUrl, 'kanwil.banten');
  const report = await call<{ id: string }>(baseUrl, kanwil, 'POST', `/assignments/${assignmentId}/reports`, {
    values: { activities: 1 },
    narrative: 'Dilaporkan Kanwil atas nama UPT.',
  });
  await call(baseUrl, kanwil, 'POST', `/reports/${report.id}/decision`, { decision: 'verified' });
}
