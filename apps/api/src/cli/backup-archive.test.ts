// The backup file's own checks, without a database: a damaged archive is refused before anything is restored.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import {
  describeEntry,
  extractAndVerify,
  MANIFEST_NAME,
  stageFiles,
  writeArchive,
  type ArchiveEntry,
  type Manifest,
} from './backup-archive.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'selaras-archive-test-'));
after(() => rmSync(work, { recursive: true, force: true }));
let counter = 0;

function freshDir(label: string): string {
  counter += 1;
  const dir = path.join(work, `${label}-${counter}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A data directory with two stored files and an upload part, archived with a stand-in dump. */
async function makeArchive(edit: (manifest: Manifest) => Manifest = (m) => m): Promise<string> {
  const dataDir = freshDir('data');
  mkdirSync(path.join(dataDir, 'files', 'ab'), { recursive: true });
  mkdirSync(path.join(dataDir, 'files', 'uploads'), { recursive: true });
  writeFileSync(path.join(dataDir, 'files', 'ab', 'abc'), 'photo bytes '.repeat(5000));
  writeFileSync(path.join(dataDir, 'files', 'ab', 'abc.123.tmp'), 'a write in flight');
  writeFileSync(path.join(dataDir, 'files', 'uploads', 'u1.part'), 'first chunk');
  const staging = freshDir('staging');
  writeFileSync(path.join(staging, 'database.pgdump'), 'dump bytes '.repeat(5000));
  const manifest = edit({
    format: 'selaras-backup',
    version: 1,
    createdAt: '2026-01-31T18:00:00.000Z',
    database: { kind: 'postgres', entry: await describeEntry(staging, 'database.pgdump') },
    files: await stageFiles(dataDir, staging),
  });
  writeFileSync(path.join(staging, MANIFEST_NAME), JSON.stringify(manifest));
  const file = path.join(work, `backup-${counter}.tar`);
  writeArchive(file, staging, manifest);
  return file;
}

function firstFile(manifest: Manifest): ArchiveEntry {
  const [first] = manifest.files;
  if (!first) throw new Error('the test archive holds files');
  return first;
}

test('an intact archive unpacks with every stored file and upload part, and without writes in flight', async () => {
  const target = freshDir('target');
  const manifest = await extractAndVerify(await makeArchive(), target);
  assert.deepEqual(
    manifest.files.map((f) => f.path),
    ['files/ab/abc', 'files/uploads/u1.part'],
  );
  assert.equal(readFileSync(path.join(target, 'files', 'uploads', 'u1.part'), 'utf8'), 'first chunk');
});

test('a truncated archive, a changed byte, a missing member or another file are refused with a clear reason', async () => {
  const intact = readFileSync(await makeArchive());
  const truncated = path.join(work, 'truncated.tar');
  writeFileSync(truncated, intact.subarray(0, intact.length - 20_000));
  await assert.rejects(extractAndVerify(truncated, freshDir('t')), /damaged or incomplete, nothing was restored/);

  const flipped = Buffer.from(intact);
  const at = flipped.indexOf('dump bytes') + 100;
  flipped[at] = (flipped[at] ?? 0) ^ 0xff;
  const flippedFile = path.join(work, 'flipped.tar');
  writeFileSync(flippedFile, flipped);
  await assert.rejects(extractAndVerify(flippedFile, freshDir('f')), /database\.pgdump differs from the manifest/);

  const withGhost = await makeArchive((m) => ({
    ...m,
    files: [...m.files, { ...firstFile(m), path: 'files/ab/ghost' }],
  }));
  await assert.rejects(extractAndVerify(withGhost, freshDir('g')), /files\/ab\/ghost is missing/);

  const escaping = await makeArchive((m) => ({ ...m, files: [{ ...firstFile(m), path: '../outside' }] }));
  await assert.rejects(extractAndVerify(escaping, freshDir('e')), /outside the backup/);

  const notTar = path.join(work, 'notes.txt');
  writeFileSync(notTar, 'just some text');
  await assert.rejects(extractAndVerify(notTar, freshDir('n')), /damaged or incomplete/);
  await assert.rejects(extractAndVerify(path.join(work, 'missing.tar'), freshDir('m')), /No such backup file/);
});
