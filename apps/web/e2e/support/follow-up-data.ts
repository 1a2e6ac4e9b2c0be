/** A small, known follow-up made through the API before a journey (outside the browser). */
import { DEMO_PASSWORD } from './api';

export type Session = { cookie: string; csrf: string };

export async function session(baseUrl: string, username: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in as ${username} failed: ${response.status}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0] ?? '').filter(Boolean).join('; ');
  const me = (await response.json()) as { csrfToken: string };
  return { cookie, csrf: me.csrfToken };
}

export async function call<T>(baseUrl: string, s: Session, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

type Unit = { id: string; name: string };
type Assignment = { id: string; unitName: string };

/**
 * The Dirjen sends a directive (due yesterday) to every UPT of Kanwil Banten; LPP Tangerang reports
 * and the Kanwil verifies it; the Kanwil reports on behalf of Lapas Kelas I Tangerang; the rest is late.
 */
export async function seedBantenFollowUp(baseUrl: string, title: string): Promise<{ directiveId: string; upts: number }> {
  const [dirjen, kanwil, operator] = await Promise.all([
    session(baseUrl, 'dirjen'),
    session(baseUrl, 'kanwil.banten'),
    session(baseUrl, 'operator.lpp.tangerang'),
  ]);
  const kanwils = await call<{ items: Unit[] }>(baseUrl, dirjen, 'GET', '/units?kind=kanwil&limit=100');
  const banten = kanwils.items.find((u) => u.name.endsWith('Banten'));
  if (!banten) throw new Error('Kanwil Banten is seeded');
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const draft = await call<{ id: string }>(baseUrl, dirjen, 'POST', '/directives', {
    source: 'meeting',
    title,
    body: 'Setiap UPT melaporkan kesiapan menindaklanjuti arahan.',
    tags: ['Program Akselerasi'],
    target: { mode: 'filter', kanwilIds: [banten.id] },
    metrics: [{ key: 'activities', name: 'Kegiatan', type: 'integer', rollup: 'sum' }],
    due: { local: `${yesterday}T10:00`, zone: 'unit' },
  });
  await call(baseUrl, dirjen, 'POST', `/directives/${draft.id}/issue`);
  const page = await call<{ items: Assignment[] }>(baseUrl, dirjen, 'GET', `/assignments?role=follow_up&limit=100&directiveId=${draft.id}`);
  const at = (name: string) => page.items.find((a) => a.unitName === name)?.id ?? '';
  const report = { values: { activities: 2 }, narrative: 'Kegiatan sudah dilaksanakan.' };
  const own = await call<{ id: string }>(baseUrl, operator, 'POST', `/assignments/${at('Lapas Perempuan Kelas IIA Tangerang')}/reports`, report);
  await call(baseUrl, kanwil, 'POST', `/reports/${own.id}/decision`, { decision: 'verified' });
  await call(baseUrl, kanwil, 'POST', `/assignments/${at('Lapas Kelas I Tangerang')}/reports`, report);
  return { directiveId: draft.id, upts: page.items.length };
}
