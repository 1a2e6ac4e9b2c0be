// Campaign day: unit operators upload field photos (~300 KB, GPS + capture time) and attach them to
// their sites from `clients` concurrent clients, while headquarters polls the live board every
// ~250 ms. Reports each upload+attach pair's latency, the throughput, and the board's latency under
// that load. Runs its own server on a fresh demo install (PGlite, or a fresh database on the
// BENCH_DATABASE_URL server) with a temporary folder for the uploaded files.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startServer, type Memory, type Server } from './servers.js';
import { signInAs, type Session } from './reporters.js';
import { buildPhotoPool, photoVariant, poolCapacity, type PhotoPool } from './photo-pool.js';

/** At most this many units take part, one site and one scene each. */
const UNITS = 100;
const POLL_INTERVAL_MS = 250;
const REQUEST_TIMEOUT_MS = 60_000;
const MB = 2 ** 20;

type Unit = { id: string; code: string; name: string; lat: number | null; lng: number | null };
type Participant = { unit: Unit; session: Session; siteId: string };
type Samples = { ms: number[]; errors: number; firstErrors: string[] };

const samples = (): Samples => ({ ms: [], errors: 0, firstErrors: [] });

/** Counts a failure in each of `into`, keeping the first few messages to print. */
function failed(what: string, ...into: Samples[]): void {
  for (const s of into) {
    s.errors += 1;
    if (s.firstErrors.length < 3) s.firstErrors.push(what);
  }
}

async function call(
  base: string,
  session: Session | null,
  url: string,
  init: { json?: unknown; form?: FormData } = {},
) {
  const headers: Record<string, string> = session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {};
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${base}/api/v1${url}`, {
    method: init.json === undefined && !init.form ? 'GET' : 'POST',
    headers,
    body: init.form ?? (init.json === undefined ? undefined : JSON.stringify(init.json)),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return { status: res.status, text: await res.text() };
}

async function expectJson<T>(
  pending: Promise<{ status: number; text: string }>,
  status: number,
  what: string,
): Promise<T> {
  const res = await pending;
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${res.text.slice(0, 300)}`);
  return JSON.parse(res.text) as T;
}

/** Tomorrow in Jakarta, so the campaign's report due date is still ahead whatever the hour. */
function tomorrowInJakarta(): string {
  const jakarta = new Date(Date.now() + 7 * 3_600_000 + 86_400_000);
  return jakarta.toISOString().slice(0, 10);
}

function campaignBody(eventDate: string) {
  return {
    title: 'Penanaman Pohon Serentak (uji beban)',
    body: 'Setiap UPT menanam bibit bersama mitra setempat dan melaporkan hasilnya dengan foto bergeotag.',
    target: { mode: 'filter' },
    metrics: [{ key: 'bibit', name: 'Bibit ditanam', unit: 'batang', type: 'integer', rollup: 'sum' }],
    targetMetricKeys: ['bibit'],
    quantityLabel: 'bibit',
    eventDate,
    windowStart: '07:00',
    windowEnd: '12:00',
    nationalTarget: 30_000,
    monitoringMonths: [],
  };
}

/** Each unit's operator signs in and registers one site at the unit's own coordinates. */
async function enrol(base: string, campaignId: string, units: Unit[]): Promise<Participant[]> {
  const enrolled: Participant[] = [];
  for (let i = 0; i < units.length; i += 4) {
    const batch = units.slice(i, i + 4).map(async (unit) => {
      const session = await signInAs(base, `operator.${unit.code}`);
      const site = await expectJson<{ id: string }>(
        call(base, session, `/campaigns/${campaignId}/sites`, {
          json: {
            name: `Lahan SAE ${unit.name}`,
            geometry: { kind: 'point', lat: unit.lat, lng: unit.lng },
            landType: 'sae',
            areaHa: 1,
            planned: 300,
          },
        }),
        201,
        `registering a site for ${unit.code}`,
      );
      return { unit, session, siteId: site.id };
    });
    enrolled.push(...(await Promise.all(batch)));
  }
  return enrolled;
}

type Load = {
  pairs: Samples;
  uploads: Samples;
  attaches: Samples;
  flags: Map<string, number>;
  bytes: number;
  seconds: number;
};

/** `clients` workers take the next photo number until `photos` are done; photo n belongs to participant n mod units. */
async function uploadAll(
  base: string,
  campaignId: string,
  participants: Participant[],
  pool: PhotoPool,
  photos: number,
  clients: number,
): Promise<Load> {
  const load: Load = {
    pairs: samples(),
    uploads: samples(),
    attaches: samples(),
    flags: new Map(),
    bytes: 0,
    seconds: 0,
  };
  let next = 0;
  async function one(n: number): Promise<void> {
    const who = n % participants.length;
    const participant = participants[who];
    if (!participant) return;
    const bytes = photoVariant(pool, who, Math.floor(n / participants.length));
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), `foto-${n}.jpg`);
    const started = performance.now();
    const upload = await call(base, participant.session, '/files', { form });
    const uploaded = performance.now();
    if (upload.status !== 201)
      return failed(`upload ${upload.status} ${upload.text.slice(0, 200)}`, load.uploads, load.pairs);
    load.uploads.ms.push(uploaded - started);
    const fileId = (JSON.parse(upload.text) as { id: string }).id;
    const attach = await call(
      base,
      participant.session,
      `/campaigns/${campaignId}/sites/${participant.siteId}/photos`,
      { json: { fileId } },
    );
    const done = performance.now();
    if (attach.status !== 201)
      return failed(`attach ${attach.status} ${attach.text.slice(0, 200)}`, load.attaches, load.pairs);
    load.attaches.ms.push(done - uploaded);
    load.pairs.ms.push(done - started);
    load.bytes += bytes.length;
    for (const { code } of (JSON.parse(attach.text) as { flags: { code: string }[] }).flags)
      load.flags.set(code, (load.flags.get(code) ?? 0) + 1);
  }
  async function worker(): Promise<void> {
    while (next < photos) {
      const n = next++;
      await one(n).catch((err: unknown) => failed(err instanceof Error ? err.message : String(err), load.pairs));
    }
  }
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, worker));
  load.seconds = (performance.now() - started) / 1000;
  return load;
}

/** Requests `url` every ~250 ms until `until` settles; each request waits for the previous one. */
async function poll(base: string, session: Session, url: string, until: Promise<unknown>): Promise<Samples> {
  const result = samples();
  let running = true;
  void until.finally(() => (running = false));
  while (running) {
    const started = performance.now();
    try {
      const res = await call(base, session, url);
      if (res.status === 200) result.ms.push(performance.now() - started);
      else failed(`${res.status} ${res.text.slice(0, 200)}`, result);
    } catch (err) {
      failed(err instanceof Error ? err.message : String(err), result);
    }
    const wait = POLL_INTERVAL_MS - (performance.now() - started);
    if (wait > 0 && running) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  return result;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

type Row = { scenario: string; samples: Samples; perSecond?: string; mbPerSecond?: string };

function table(rows: Row[]): string {
  const head = ['scenario', 'count', 'per s', 'MB/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'];
  const body = rows.map((r) => [
    r.scenario,
    String(r.samples.ms.length),
    r.perSecond ?? '',
    r.mbPerSecond ?? '',
    ...[50, 95, 99].map((p) => percentile(r.samples.ms, p).toFixed(1)),
    String(r.samples.errors),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** The board when the server has it; otherwise the campaign's site list, which the board replaces. */
async function boardUrl(base: string, session: Session, campaignId: string): Promise<{ url: string; label: string }> {
  const board = await call(base, session, `/campaigns/${campaignId}/board`);
  if (board.status === 200) return { url: `/campaigns/${campaignId}/board`, label: 'live board during uploads' };
  if (board.status !== 404 || !board.text.includes('route_not_found'))
    throw new Error(`the live board answered ${board.status} ${board.text.slice(0, 300)}`);
  return { url: `/campaigns/${campaignId}/sites`, label: 'site list during uploads (no board route)' };
}

type Options = { photos: number; clients: number };

/** Runs the upload load with the board poller beside it on a running server; returns the printed section. */
async function measure(server: Server, engine: string, opts: Options): Promise<string> {
  const base = server.url;
  const dirjen = await signInAs(base, 'dirjen');
  const units = (
    await expectJson<{ items: Unit[] }>(call(base, dirjen, '/units?kind=upt&limit=500'), 200, 'listing the UPTs')
  ).items
    .filter((u) => u.lat !== null && u.lng !== null)
    .slice(0, UNITS);
  if (units.length === 0) throw new Error('no UPT has coordinates');
  if (opts.photos > poolCapacity(units.length))
    throw new Error(`at most ${poolCapacity(units.length)} photos with ${units.length} units`);
  const eventDate = tomorrowInJakarta();
  const campaign = await expectJson<{ id: string }>(
    call(base, dirjen, '/campaigns', { json: campaignBody(eventDate) }),
    201,
    'creating the campaign',
  );
  const participants = await enrol(base, campaign.id, units);
  const pool = await buildPhotoPool(
    participants.map((p) => ({ lat: p.unit.lat ?? 0, lng: p.unit.lng ?? 0 })),
    eventDate,
  );
  const board = await boardUrl(base, dirjen, campaign.id);
  process.stdout.write(
    `  ${opts.photos} photos (mean ${(pool.meanBytes / 1024).toFixed(0)} KB, ${pool.scenes.length} scenes) from ${participants.length} units, ` +
      `${opts.clients} concurrent clients; polling ${board.url.replace(campaign.id, ':id')} every ${POLL_INTERVAL_MS} ms…\n`,
  );
  const uploading = uploadAll(base, campaign.id, participants, pool, opts.photos, opts.clients);
  const [load, polled] = await Promise.all([uploading, poll(base, dirjen, board.url, uploading)]);
  const memory: Memory = await server.memory();

  const rows: Row[] = [
    {
      scenario: 'photo upload + attach',
      samples: load.pairs,
      perSecond: (load.pairs.ms.length / load.seconds).toFixed(1),
      mbPerSecond: (load.bytes / MB / load.seconds).toFixed(2),
    },
    { scenario: '  of which upload', samples: load.uploads },
    { scenario: '  of which attach', samples: load.attaches },
    { scenario: board.label, samples: polled, perSecond: (polled.ms.length / load.seconds).toFixed(1) },
  ];
  const errors = [...load.pairs.firstErrors, ...polled.firstErrors].map((e) => `\n  error: ${e}`).join('');
  return (
    `Campaign photos on ${engine}: ${load.pairs.ms.length} of ${opts.photos} ` +
    `pairs in ${load.seconds.toFixed(1)} s, mean photo ${(pool.meanBytes / 1024).toFixed(0)} KB, ` +
    `flags raised: ${[...load.flags].map(([code, n]) => `${code} ${n}`).join(', ') || 'none'}\n\n${table(rows)}\n\n` +
    `Selaras server: RSS ${memory.rssMb.toFixed(0)} MB (peak ${memory.peakRssMb.toFixed(0)} MB) after the uploads${errors}`
  );
}

/** A fresh database on the PostgreSQL server of `serverUrl`, dropped by `drop`. */
async function scratchDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `selaras_bench_photos_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/**
 * On a fresh demo install (PGlite in a temporary folder, or a fresh database on the server of
 * `postgresUrl`) with its uploaded files in a temporary folder: the campaign photo load.
 */
export async function benchCampaignPhotos(opts: Options & { postgresUrl: string | null }): Promise<string> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'selaras-photos-'));
  const database = opts.postgresUrl ? await scratchDatabase(opts.postgresUrl) : null;
  try {
    const env = { BENCH_DATA_DIR: dataDir, BENCH_DATABASE_URL: database?.url ?? '', BENCH_DEMO_ACTIVITY: '1' };
    const server = await startServer('selaras', env);
    try {
      return await measure(server, database ? 'PostgreSQL' : 'PGlite', opts);
    } finally {
      await server.stop();
    }
  } finally {
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
