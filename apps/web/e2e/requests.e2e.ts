import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startJourney } from './support/journey';
import { appShell } from './pages/app-shell';
import { assignmentPage, assignmentsPage } from './pages/directive-pages';
import { requestPanel, worklistPage } from './pages/worklist-pages';
import { signInPage } from './pages/sign-in-page';
import { DEMO_PASSWORD, findUnitId } from './support/api';
import { assertAccessible, openPage, pageScrollWidth } from './support/browser';

const LPP = 'Lapas Perempuan Kelas IIA Tangerang';
const LAPAS_I = 'Lapas Kelas I Tangerang';
const TIMEOUT = { timeout: 120_000 };
const PHONE = { width: 360, height: 740 };
const FOR_REQUESTS = 'Pendataan sarana air bersih blok hunian';
const FOR_BULK = 'Pendataan alat pemadam kebakaran';
const METRIC_LABEL = 'Unit terdata (unit)';

type Session = { cookie: string; csrf: string };

async function signIn(baseUrl: string, username: string): Promise<Session> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  assert.equal(res.status, 200);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0] ?? '').join('; ');
  const body = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: body.csrfToken };
}

async function post(baseUrl: string, s: Session, path: string, body?: unknown): Promise<{ id: string }> {
  const res = await fetch(`${baseUrl}/api/v1${path}`, {
    method: 'POST',
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  assert.ok(res.ok, `${path}: ${res.status} ${await res.clone().text()}`);
  return (await res.json()) as { id: string };
}

/** Issues a directive to two Tangerang UPTs (Kanwil Banten verifies); returns its id. */
async function issue(baseUrl: string, dirjen: Session, title: string, unitIds: string[]): Promise<string> {
  const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const draft = await post(baseUrl, dirjen, '/directives', {
    source: 'meeting',
    title,
    body: 'Setiap unit mendata dan melaporkan jumlahnya.',
    target: { mode: 'list', unitIds },
    metrics: [{ key: 'units', name: 'Unit terdata', unit: 'unit', type: 'integer', rollup: 'sum' }],
    due: { local: `${due}T10:00`, zone: 'unit' },
  });
  await post(baseUrl, dirjen, `/directives/${draft.id}/issue`);
  return draft.id;
}


const journey = startJourney(async () => {
  const dirjen = await signIn(journey.server.url, 'dirjen');
  const units = [await findUnitId(journey.server.url, dirjen.cookie, 'Tangerang', LPP), await findUnitId(journey.server.url, dirjen.cookie, 'Tangerang', LAPAS_I)];
  await issue(journey.server.url, dirjen, FOR_REQUESTS, units);
  const bulkId = await issue(journey.server.url, dirjen, FOR_BULK, units);
  // The Kanwil reports for both units on their behalf, so there is something to verify in bulk.
  const kanwil = await signIn(journey.server.url, 'kanwil.banten');
  const res = await fetch(`${journey.server.url}/api/v1/assignments?directiveId=${bulkId}&role=follow_up`, { headers: { cookie: kanwil.cookie } });
  const page = (await res.json()) as { items: { id: string }[] };
  for (const a of page.items) await post(journey.server.url, kanwil, `/assignments/${a.id}/reports`, { values: { units: 3 }, narrative: 'Sudah didata.' });
});

test('a UPT operator saves a draft on the server and asks for more time, at 360 px', TIMEOUT, async () => {
  const page = await openPage(journey.browser, PHONE);
  await page.goto(`${journey.server.url}/login`);
  await signInPage(page).signIn('operator.lpp.tangerang');
  await appShell(page).openSection('Tindak lanjut');
  const list = assignmentsPage(page);
  await list.waitUntilLoaded();
  await list.assignmentLink(FOR_REQUESTS, LPP).click();

  const assignment = assignmentPage(page);
  const panel = requestPanel(page);
  await assignment.heading(FOR_REQUESTS).waitFor();
  await assignment.metricInput(METRIC_LABEL).fill('4');
  await assignment.narrative.fill('Baru blok A dan B yang terdata.');
  await panel.saveDraft();
  await panel.draftSaved.waitFor();
  await assignment.status('Dalam proses').waitFor();
  const url = page.url();
  await page.context().close();

  // Another browser: only the server has the draft.
  const again = await openPage(journey.browser, PHONE);
  await again.goto(`${journey.server.url}/login`);
  await signInPage(again).signIn('operator.lpp.tangerang');
  await again.goto(url);
  const reopened = assignmentPage(again);
  await reopened.heading(FOR_REQUESTS).waitFor();
  await reopened.narrative.waitFor();
  assert.equal(await reopened.metricInput(METRIC_LABEL).inputValue(), '4');
  const ask = requestPanel(again);
  const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await ask.askExtension('Gangguan jaringan', `${due}T10:00`, 'Jaringan internet terputus sejak Senin.');
  await ask.sent.waitFor();
  await reopened.status('Menunggu keputusan').waitFor();
  await assertAccessible(again, 'assignment page with a request');
  assert.ok((await pageScrollWidth(again)) <= PHONE.width, 'no sideways scroll at 360 px');
  await again.context().close();
});

test('the Kanwil verifier approves the request from its queue, sees who has not reported and verifies in bulk', TIMEOUT, async () => {
  const page = await openPage(journey.browser);
  await page.goto(`${journey.server.url}/login`);
  await signInPage(page).signIn('kanwil.banten');
  await appShell(page).openSection('Tindak lanjut');
  await assignmentsPage(page).waitUntilLoaded();
  const worklist = worklistPage(page);

  await worklist.openTab('Permohonan');
  await worklist.queue.getByText(FOR_REQUESTS).waitFor();
  await assertAccessible(page, 'requests queue');
  await requestPanel(page).approve();
  await worklist.queueEmpty.waitFor();

  await worklist.openTab('Belum melapor');
  await worklist.pendingLink(FOR_REQUESTS, LAPAS_I).waitFor();
  assert.equal(await worklist.pendingLink(FOR_BULK, LAPAS_I).count(), 0, 'reported units are not listed');

  await worklist.openTab('Semua tugas');
  await worklist.select(FOR_BULK, LPP).check();
  await worklist.select(FOR_BULK, LAPAS_I).check();
  await assertAccessible(page, 'assignment list with selection');
  await worklist.verifySelected();
  await worklist.result.getByText('Hasil: 2 berhasil, 0 gagal').waitFor();
  await page.context().close();
});
