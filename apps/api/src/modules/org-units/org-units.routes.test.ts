import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Unit, UnitDetail, UnitTreeNode } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { SEED_KANWIL, SEED_UPT, type SeedUpt } from '../../test/seed-data.js';

const uptNames = (pick: (u: SeedUpt) => boolean) =>
  SEED_UPT.filter(pick)
    .map((u) => u.name)
    .sort();
const sorted = (names: string[]) => [...names].sort();

const HQ = 'Direktorat Jenderal Pemasyarakatan';
const KANWIL_BANTEN = 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan Banten';
const LPP_TANGERANG = 'lapas-perempuan-kelas-iia-tangerang';

type Page = { items: Unit[]; total: number };
type ProblemBody = { code: string; errors?: { path: string; message: string }[] };

function assertProblem(
  res: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  status: number,
  label: string,
): ProblemBody {
  assert.equal(res.statusCode, status, label);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/, label);
  return res.json() as ProblemBody;
}

function flatten(nodes: UnitTreeNode[]): UnitTreeNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

describe('units routes', () => {
  let t: TestApp;
  const clients = new Map<string, Client>();
  const as = (username: string) => clients.get(username) ?? assert.fail(`not signed in: ${username}`);
  /** Every unit in HQ's subtree, by code. */
  const byCode = new Map<string, Unit>();
  const id = (code: string) => byCode.get(code)?.id ?? assert.fail(`no unit ${code}`);

  async function page(client: Client, query: string): Promise<Page> {
    const res = await client.get(`/api/v1/units?${query}`);
    assert.equal(res.statusCode, 200, `${query}: ${res.body}`);
    return res.json() as Page;
  }
  const names = (p: Page) => sorted(p.items.map((u) => u.name));

  before(async () => {
    t = await buildTestApp();
    for (const username of [
      'admin',
      'dirjen',
      'humas.ditjenpas',
      'kanwil.banten',
      'operator.lpp.tangerang',
      'operator.lapas.cipinang',
    ]) {
      clients.set(username, await t.as(username));
    }
    for (const u of (await page(as('admin'), 'limit=500')).items) byCode.set(u.code, u);
  });
  after(async () => t.close());

  test('a UPT operator sees only its own unit; other units, its parent Kanwil and a sibling are 404', async () => {
    const operator = as('operator.lpp.tangerang');
    for (const query of ['', 'limit=500', `kanwilId=${id('banten')}`, 'q=tangerang']) {
      const own = await page(operator, query);
      assert.deepEqual([own.total, own.items.map((u) => u.code)], [1, [LPP_TANGERANG]], query);
    }
    assert.equal((await page(operator, 'kind=kanwil')).total, 0);
    const tree = (await operator.get('/api/v1/units/tree')).json() as { roots: UnitTreeNode[] };
    assert.deepEqual(
      tree.roots.map((r) => [r.id, r.children.length]),
      [[id(LPP_TANGERANG), 0]],
    );
    assert.equal((await operator.get(`/api/v1/units/${id(LPP_TANGERANG)}`)).statusCode, 200);
    for (const code of ['lapas-kelas-i-cipinang', 'banten', 'lapas-kelas-i-tangerang', 'ditjenpas', 'dki']) {
      const problem = assertProblem(await operator.get(`/api/v1/units/${id(code)}`), 404, code);
      assert.equal(problem.code, 'units.not_found');
    }
    const cipinang = as('operator.lapas.cipinang');
    assert.equal((await cipinang.get(`/api/v1/units/${id(LPP_TANGERANG)}`)).statusCode, 404);
    assert.deepEqual(
      (await page(cipinang, '')).items.map((u) => u.code),
      ['lapas-kelas-i-cipinang'],
    );
  });

  test('a Kanwil user sees its Kanwil and exactly the UPTs of the seed list under it; DKI and HQ are 404', async () => {
    const kanwil = as('kanwil.banten');
    const bantenUpts = uptNames((u) => u.kanwil === 'BANTEN');
    assert.equal(bantenUpts.length, 8);
    const all = await page(kanwil, 'limit=500');
    assert.equal(all.total, 9);
    assert.deepEqual(names(all), sorted([KANWIL_BANTEN, ...bantenUpts]));
    assert.deepEqual(names(await page(kanwil, 'kind=upt')), bantenUpts);

    const tree = (await kanwil.get('/api/v1/units/tree')).json() as { roots: UnitTreeNode[] };
    assert.deepEqual(
      tree.roots.map((r) => r.name),
      [KANWIL_BANTEN],
    );
    assert.deepEqual(sorted(tree.roots[0]?.children.map((c) => c.name) ?? []), bantenUpts);
    assert.ok(tree.roots[0]?.children.every((c) => c.kind === 'upt' && c.children.length === 0));

    assert.equal((await kanwil.get(`/api/v1/units/${id('lapas-kelas-i-tangerang')}`)).statusCode, 200);
    for (const code of ['lapas-kelas-i-cipinang', 'dki', 'ditjenpas', 'lapas-kelas-iia-kerobokan']) {
      assertProblem(await kanwil.get(`/api/v1/units/${id(code)}`), 404, code);
    }
  });

  test('HQ roles see HQ, all 33 Kanwil and all 124 UPTs, and the tree nests them HQ → Kanwil → UPT', async () => {
    const uptsPerKanwil = new Map(SEED_KANWIL.map((k) => [k.name, uptNames((u) => u.kanwil === k.code)]));
    for (const username of ['admin', 'dirjen', 'humas.ditjenpas']) {
      const client = as(username);
      const kanwils = await page(client, 'kind=kanwil&limit=500');
      assert.equal(kanwils.total, 33, username);
      assert.deepEqual(sorted(kanwils.items.map((k) => k.code)), sorted(SEED_KANWIL.map((k) => k.code.toLowerCase())));
      const upts = await page(client, 'kind=upt&limit=500');
      assert.equal(upts.total, 124, username);
      assert.deepEqual(
        names(upts),
        uptNames(() => true),
      );
      assert.deepEqual(
        (await page(client, 'kind=hq')).items.map((u) => u.name),
        [HQ],
      );
      assert.equal((await page(client, 'kind=ministry')).total, 0, 'the ministry is above HQ scope');
      assert.equal((await page(client, 'limit=1')).total, 1 + 33 + 124);

      const { roots } = (await client.get('/api/v1/units/tree')).json() as { roots: UnitTreeNode[] };
      assert.deepEqual(
        roots.map((r) => [r.kind, r.name]),
        [['hq', HQ]],
        username,
      );
      const kanwilNodes = roots[0]?.children ?? [];
      assert.equal(kanwilNodes.length, 33);
      for (const k of kanwilNodes) {
        assert.equal(k.kind, 'kanwil');
        assert.deepEqual(sorted(k.children.map((c) => c.name)), uptsPerKanwil.get(k.name), k.name);
        assert.ok(k.children.every((c) => c.kind === 'upt' && c.type !== null && c.children.length === 0));
      }
      assert.equal(flatten(roots).length, 1 + 33 + 124);
    }
  });

  test('filters: kind, type, variant, kanwilId and q (name or city, any case) narrow the list', async () => {
    const admin = as('admin');
    assert.deepEqual(
      names(await page(admin, 'type=BAPAS&limit=500')),
      uptNames((u) => u.type === 'BAPAS'),
    );
    assert.deepEqual(
      names(await page(admin, 'variant=PEREMPUAN&limit=500')),
      uptNames((u) => u.variant === 'PEREMPUAN'),
    );
    assert.deepEqual(
      names(await page(admin, `kind=upt&type=RUTAN&kanwilId=${id('jabar')}`)),
      uptNames((u) => u.kanwil === 'JABAR' && u.type === 'RUTAN'),
    );
    const banten = await page(admin, `kanwilId=${id('banten')}&limit=500`);
    assert.deepEqual(names(banten), sorted([KANWIL_BANTEN, ...uptNames((u) => u.kanwil === 'BANTEN')]));

    const byNameOrCity = (needle: string) =>
      uptNames((u) => u.name.toLowerCase().includes(needle) || u.city.toLowerCase().includes(needle));
    assert.deepEqual(names(await page(admin, 'kind=upt&q=tANGERANG')), byNameOrCity('tangerang'));
    const sidoarjo = await page(admin, 'q=SIDOARJO');
    assert.deepEqual(names(sidoarjo), byNameOrCity('sidoarjo'));
    assert.ok(
      sidoarjo.total > 0 && sidoarjo.items.every((u) => !u.name.toLowerCase().includes('sidoarjo')),
      'found by city only',
    );
    assert.equal((await page(admin, 'q=%25')).total, 0, 'a % is a character, not a wildcard');
  });

  test('pagination: limit and offset walk the list in a stable order; total stays the full count', async () => {
    const admin = as('admin');
    const whole = await page(admin, 'kind=upt&limit=500');
    const walked: string[] = [];
    for (const offset of [0, 50, 100, 150]) {
      const p = await page(admin, `kind=upt&limit=50&offset=${offset}`);
      assert.equal(p.total, 124);
      assert.equal(p.items.length, [50, 50, 24, 0][offset / 50]);
      walked.push(...p.items.map((u) => u.id));
    }
    assert.deepEqual(
      walked,
      whole.items.map((u) => u.id),
    );
    assert.equal((await page(admin, '')).items.length, 50, 'default limit');
  });

  test('bad query values are 400 problems naming the field', async () => {
    const admin = as('admin');
    const cases: [string, string][] = [
      ['/api/v1/units?limit=0', 'querystring.limit'],
      ['/api/v1/units?limit=abc', 'querystring.limit'],
      ['/api/v1/units?limit=501', 'querystring.limit'],
      ['/api/v1/units?offset=-1', 'querystring.offset'],
      ['/api/v1/units?kind=foo', 'querystring.kind'],
      ['/api/v1/units?type=PENJARA', 'querystring.type'],
      ['/api/v1/units?variant=umum', 'querystring.variant'],
      ['/api/v1/units?kanwilId=banten', 'querystring.kanwilId'],
      ['/api/v1/units/not-a-uuid', 'params.id'],
    ];
    for (const [url, path] of cases) {
      const problem = assertProblem(await admin.get(url), 400, url);
      assert.equal(problem.code, 'validation_failed', url);
      assert.deepEqual(
        problem.errors?.map((e) => e.path),
        [path],
        url,
      );
    }
    const unknown = assertProblem(await admin.get('/api/v1/units?sort=name'), 400, 'unknown parameter');
    assert.match(unknown.errors?.[0]?.message ?? '', /sort/);
    const missing = assertProblem(
      await admin.get('/api/v1/units/01900000-0000-7000-8000-000000000000'),
      404,
      'no such unit',
    );
    assert.equal(missing.code, 'units.not_found');
  });

  test('unit detail carries parent name, time zone, occupancy and class history', async () => {
    const admin = as('admin');
    const lpp = (await admin.get(`/api/v1/units/${id(LPP_TANGERANG)}`)).json() as UnitDetail;
    assert.deepEqual(
      [
        lpp.parentName,
        lpp.kanwilId,
        lpp.timezone,
        lpp.capacity,
        lpp.occupants,
        lpp.occupancyPercent,
        lpp.figuresAsOf,
        lpp.childCount,
      ],
      [KANWIL_BANTEN, id('banten'), 'Asia/Jakarta', 250, 235, 94, '2023-10', 0],
    );
    assert.deepEqual(
      lpp.classHistory.map((h) => [h.class, h.note]),
      [['IIA', null]],
    );
    const noFigures = (await admin.get(`/api/v1/units/${id('lapas-kelas-i-tangerang')}`)).json() as UnitDetail;
    assert.equal(noFigures.occupancyPercent, null);
    const kanwil = (await admin.get(`/api/v1/units/${id('banten')}`)).json() as UnitDetail;
    assert.deepEqual(
      [kanwil.parentName, kanwil.childCount, kanwil.occupancyPercent, kanwil.classHistory],
      [HQ, 8, null, []],
    );
  });

  test('time zones: WITA and WIT Kanwil and their UPTs carry Asia/Makassar and Asia/Jayapura, the rest Asia/Jakarta', () => {
    const wita = [
      'bali',
      'ntb',
      'ntt',
      'kalsel',
      'kaltim',
      'sulut',
      'gorontalo',
      'sulteng',
      'sulbar',
      'sulsel',
      'sultra',
    ];
    const wit = ['maluku', 'malut', 'papua', 'pabar'];
    const expected = (kanwilCode: string) =>
      wita.includes(kanwilCode) ? 'Asia/Makassar' : wit.includes(kanwilCode) ? 'Asia/Jayapura' : 'Asia/Jakarta';
    const units = [...byCode.values()];
    const kanwilCode = new Map(units.filter((u) => u.kind === 'kanwil').map((u) => [u.id, u.code]));
    for (const u of units) {
      const code = u.kind === 'kanwil' ? u.code : u.kanwilId ? kanwilCode.get(u.kanwilId) : undefined;
      assert.equal(u.timezone, code ? expected(code) : 'Asia/Jakarta', u.name);
    }
    const zoneOf = (k: string) => units.filter((u) => u.kind === 'upt' && u.kanwilId === id(k)).map((u) => u.timezone);
    assert.deepEqual(zoneOf('bali'), Array<string>(4).fill('Asia/Makassar'));
    assert.deepEqual(zoneOf('papua'), Array<string>(9).fill('Asia/Jayapura'));
    assert.deepEqual(zoneOf('maluku'), Array<string>(3).fill('Asia/Jayapura'));
    assert.equal(byCode.get('lapas-kelas-iia-kerobokan')?.timezone, 'Asia/Makassar');
    assert.equal(byCode.get('lapas-kelas-iia-abepura')?.timezone, 'Asia/Jayapura');
  });
});
