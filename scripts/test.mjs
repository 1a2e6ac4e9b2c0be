// `npm test` (after lint and typecheck): database suites on PGlite, again on PostgreSQL when
// TEST_DATABASE_URL is set, then the browser journeys. `node scripts/test.mjs api|e2e` runs one part.
// `npm run test:robustness` (part `robustness`) runs the slower `*.robustness.ts` suites, one file at a
// time; each uses PGlite and, when TEST_DATABASE_URL is set, PostgreSQL too.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureWebBuild } from './web-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const part = process.argv[2] ?? 'all';
const tmp = path.join(root, '.tmp');

function find(dir, suffix) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...find(full, suffix));
    else if (entry.name.endsWith(suffix)) out.push(path.relative(root, full));
  }
  return out.sort();
}

function run(label, files, env, extraArgs = []) {
  if (files.length === 0) return true;
  process.stdout.write(`\n=== ${label}: ${files.length} test files ===\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...extraArgs, ...files], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status === 0;
}

/** Migrates and seeds once (a PGlite snapshot file, or a PostgreSQL template database). */
function prepare(env) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'apps/api/src/test/prepare.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const dbSuites = [...find(path.join(root, 'apps/api/src'), '.test.ts'), ...find(path.join(root, 'packages'), '.test.ts')];
const webUnits = find(path.join(root, 'apps/web/src'), '.test.ts');
const journeys = find(path.join(root, 'apps/web/e2e'), '.e2e.ts');
const robustness = find(path.join(root, 'apps'), '.robustness.ts');
mkdirSync(tmp, { recursive: true });
const snapshot = path.join(tmp, 'pglite-test-snapshot.tar.gz');
rmSync(snapshot, { force: true });
const common = { SELARAS_TEST_SNAPSHOT: snapshot, NODE_ENV: 'test' };
prepare({ ...common, TEST_DATABASE_URL: '' });
let ok = true;

if (part === 'all' || part === 'api') {
  ok = run('web unit tests', webUnits, common) && ok;
  ok = run('database suites on PGlite', dbSuites, { ...common, TEST_DATABASE_URL: '' }, ['--test-concurrency=2']) && ok;
  if (process.env.TEST_DATABASE_URL) {
    const template = `selaras_tpl_${process.pid}`;
    prepare({ ...common, SELARAS_TEST_TEMPLATE: template });
    ok = run('database suites on PostgreSQL', dbSuites, { ...common, SELARAS_TEST_TEMPLATE: template }, ['--test-concurrency=2']) && ok;
    spawnSync(process.execPath, ['--import', 'tsx', 'apps/api/src/test/drop-template.ts', template], { cwd: root, stdio: 'inherit' });
  }
}
if (part === 'all' || part === 'e2e') {
  ensureWebBuild();
  ok = run('browser journeys (chromium)', journeys, { ...common, TEST_DATABASE_URL: '' }, ['--test-concurrency=1']) && ok;
}
if (part === 'robustness') {
  ensureWebBuild();
  ok = run('robustness suites', robustness, common, ['--test-concurrency=1']) && ok;
}
process.exit(ok ? 0 : 1);
