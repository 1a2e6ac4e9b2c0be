import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { eq } from 'drizzle-orm';
import exifr from 'exifr';
import sharp from 'sharp';
import { files, uploadSessions } from '../../api/src/platform/files/index.js';
import { startJourney } from './support/journey';
import { call, session } from './support/follow-up-data';
import { signInCookie } from './support/api';
import { assignmentPage } from './pages/directive-pages';
import { signInPage } from './pages/sign-in-page';
import { assertAccessible, assertNoSidewaysScroll, openPage } from './support/browser';

const TITLE = 'Dokumentasi panen raya SAE';
const UNIT = 'Lapas Perempuan Kelas IIA Tangerang';
const PHOTO = 'panen-raya.jpg';
const TIMEOUT = { timeout: 180_000 };
const photoDir = mkdtempSync(join(tmpdir(), 'selaras-e2e-'));
const photoPath = join(photoDir, PHOTO);
let assignmentId = '';

/** A 12-megapixel phone photo with GPS and capture time: several megabytes before it is shrunk. */
function bigPhonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#4d7c0f', noise: { type: 'gaussian', mean: 110, sigma: 40 } } })
    .withExif({
      IFD0: { Make: 'Samsung', Model: 'SM-A155F' },
      IFD2: { DateTimeOriginal: '2025:09:09 08:15:00', OffsetTimeOriginal: '+07:00' },
      IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 10/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 37/1 12/1' },
    })
    .jpeg({ quality: 92 })
    .toBuffer();
}

const journey = startJourney(async ({ server }) => {
  writeFileSync(photoPath, await bigPhonePhoto());
  const dirjen = await session(server.url, 'dirjen');
  const kanwils = await call<{ items: { id: string; name: string }[] }>(server.url, dirjen, 'GET', '/units?kind=kanwil&limit=100');
  const banten = kanwils.items.find((u) => u.name.endsWith('Banten'));
  if (!banten) throw new Error('Kanwil Banten is seeded');
  const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const draft = await call<{ id: string }>(server.url, dirjen, 'POST', '/directives', {
    source: 'meeting',
    title: TITLE,
    body: 'Setiap UPT mengirim foto panen raya sebagai bukti.',
    tags: ['Program Akselerasi'],
    target: { mode: 'filter', kanwilIds: [banten.id] },
    metrics: [{ key: 'activities', name: 'Kegiatan', type: 'integer', rollup: 'sum' }],
    due: { local: `${due}T10:00`, zone: 'unit' },
  });
  await call(server.url, dirjen, 'POST', `/directives/${draft.id}/issue`);
  const page = await call<{ items: { id: string; unitName: string }[] }>(server.url, dirjen, 'GET', `/assignments?role=follow_up&limit=100&directiveId=${draft.id}`);
  assignmentId = page.items.find((a) => a.unitName === UNIT)?.id ?? '';
  assert.ok(assignmentId, 'LPP Tangerang has the assignment');
});

after(() => rmSync(photoDir, { recursive: true, force: true }));

test('on a phone, a large photo is shrunk, survives a dropped connection mid-upload and arrives once, with its GPS and time', TIMEOUT, async (t) => {
  const original = statSync(photoPath).size;
  assert.ok(original > 3_000_000, `the sample photo is several megabytes (${original})`);
  const page = await openPage(journey.browser, { width: 360, height: 740 });
  await page.goto(`${journey.server.url}/login`);
  await signInPage(page).signIn('operator.lpp.tangerang');

  // The second chunk reaches the server but its answer is lost, as when a mobile link drops.
  let patches = 0;
  let bytesSent = 0;
  let sizeAnnounced = 0;
  await page.route('**/api/v1/uploads', async (route) => {
    sizeAnnounced = (JSON.parse(route.request().postData() ?? '{}') as { size: number }).size;
    await route.continue();
  });
  await page.route('**/api/v1/uploads/*', async (route) => {
    if (route.request().method() !== 'PATCH') return route.continue();
    patches += 1;
    bytesSent += route.request().postDataBuffer()?.length ?? 0;
    if (patches !== 2) return route.continue();
    await route.fetch();
    return route.abort('connectionreset');
  });

  await page.goto(`${journey.server.url}/assignments/${assignmentId}`);
  const assignment = assignmentPage(page);
  await assignment.heading(TITLE).waitFor();
  await assignment.attachPhoto(photoPath);
  await assignment.attachment(PHOTO).getByText('ada geotag').waitFor({ timeout: 60_000 });
  assert.ok((await assignment.thumbnailLoaded(PHOTO)) > 0, 'the thumbnail shows');
  await assertAccessible(page, 'report form after a resumed upload');
  await assertNoSidewaysScroll(page, 'report form after a resumed upload');

  assert.ok(sizeAnnounced > 0 && sizeAnnounced < original / 2, `shrunk on the device: ${sizeAnnounced} of ${original} bytes`);
  assert.ok(patches >= 3, `sent in several chunks (${patches} PATCH requests)`);
  t.diagnostic(`original ${original} B, sent ${sizeAnnounced} B in ${patches} PATCH requests, ${bytesSent} B over PATCH`);
  assert.ok(bytesSent < 2 * sizeAnnounced, `resumed, not restarted: ${bytesSent} bytes sent for ${sizeAnnounced}`);
  assert.ok(bytesSent <= sizeAnnounced + 256 * 1024, `at most the lost chunk is sent again: ${bytesSent} bytes for ${sizeAnnounced}`);

  const { db } = journey.server.database;
  const stored = await db.select().from(files).where(eq(files.name, PHOTO));
  assert.equal(stored.length, 1, 'exactly one stored file');
  const [file] = stored;
  assert.ok(file);
  assert.equal(file.size, sizeAnnounced);
  assert.ok(Math.abs((file.exif?.lat ?? 0) - -6.175) < 1e-4, `lat ${file.exif?.lat}`);
  assert.ok(Math.abs((file.exif?.lon ?? 0) - 106.62) < 1e-4, `lon ${file.exif?.lon}`);
  assert.equal(file.exif?.takenAt, '2025-09-09T08:15:00+07:00');
  const sessions = await db.select().from(uploadSessions).where(eq(uploadSessions.completedFileId, file.id));
  assert.equal(sessions.length, 1, 'one upload session, never reopened');

  const cookie = await signInCookie(journey.server.url, 'operator.lpp.tangerang');
  const response = await fetch(`${journey.server.url}/api/v1/files/${file.id}`, { headers: { cookie } });
  const bytes = Buffer.from(await response.arrayBuffer());
  const meta = await sharp(bytes).metadata();
  assert.ok(Math.max(meta.width ?? 0, meta.height ?? 0) <= 1600, `${meta.width}×${meta.height}`);
  const exif = (await exifr.parse(bytes, { gps: true })) as { latitude?: number; Orientation?: unknown } | undefined;
  assert.ok(Math.abs((exif?.latitude ?? 0) - -6.175) < 1e-4);
  await page.context().close();
});
