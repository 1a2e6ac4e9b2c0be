// `npm run restore -- <file> [--force]`: a backup into the configured database and DATA_DIR/files.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig, type Config } from '../platform/config.js';
import { BackupError, extractAndVerify, FILES_DIR, formatBytes, formatSeconds, listFiles } from './backup-archive.js';
import { describeExistingDatabase, lockTarget, restoreDatabase, type DatabaseKind } from './backup-database.js';
import { explainFailure } from './backup.js';

type Target = Pick<Config, 'databaseUrl' | 'dataDir'>;

export type RestoreSummary = {
  file: string;
  createdAt: string;
  kind: DatabaseKind;
  databaseBytes: number;
  fileCount: number;
  filesBytes: number;
  /** What the target held before, when --force replaced it. */
  replaced: string[];
  ms: number;
};

async function describeExisting(target: Target): Promise<string[]> {
  const database = await describeExistingDatabase(target);
  const files = listFiles(path.resolve(target.dataDir)).length;
  const filesDir = path.join(path.resolve(target.dataDir), FILES_DIR);
  return [database, files > 0 ? `${files} stored files in ${filesDir}` : null].filter((d): d is string => d !== null);
}

function replaceFiles(dataDir: string, staging: string): void {
  const target = path.join(dataDir, FILES_DIR);
  const restored = path.join(staging, FILES_DIR);
  const replaced = `${target}.replaced-${process.pid}`;
  if (!existsSync(restored)) mkdirSync(restored);
  if (existsSync(target)) renameSync(target, replaced);
  renameSync(restored, target);
  rmSync(replaced, { recursive: true, force: true });
}

/**
 * Checks the whole backup before touching anything, refuses a target that holds data unless `force`,
 * then restores the database and swaps in the stored files.
 */
export async function restoreBackup(target: Target, file: string, opts: { force: boolean }): Promise<RestoreSummary> {
  const started = performance.now();
  const source = path.resolve(file);
  const dataDir = path.resolve(target.dataDir);
  // Beside DATA_DIR, on the same file system, so the stored files move in with a rename.
  const staging = `${dataDir}.restore-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    const manifest = await extractAndVerify(source, staging);
    const unlock = lockTarget(target);
    try {
      const existing = await describeExisting(target);
      if (existing.length > 0 && !opts.force) {
        throw new BackupError(
          `The target is not empty: ${existing.join('; ')}. Nothing was changed; add --force to replace it.`,
        );
      }
      mkdirSync(dataDir, { recursive: true });
      await restoreDatabase(target, manifest.database.kind, path.join(staging, manifest.database.entry.path));
      replaceFiles(dataDir, staging);
      return {
        file: source,
        createdAt: manifest.createdAt,
        kind: manifest.database.kind,
        databaseBytes: manifest.database.entry.bytes,
        fileCount: manifest.files.length,
        filesBytes: manifest.files.reduce((sum, f) => sum + f.bytes, 0),
        replaced: existing,
        ms: performance.now() - started,
      };
    } finally {
      unlock();
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

export function describeRestore(s: RestoreSummary, target: Target): string {
  const where = target.databaseUrl
    ? `PostgreSQL database ${new URL(target.databaseUrl).pathname.slice(1)}`
    : `PGlite in ${path.resolve(target.dataDir, 'pglite')}`;
  return [
    `Restored ${s.file} (made ${s.createdAt})`,
    `  database: ${formatBytes(s.databaseBytes)} dump into ${where}`,
    `  stored files: ${s.fileCount} (${formatBytes(s.filesBytes)}) into ${path.resolve(target.dataDir, FILES_DIR)}`,
    s.replaced.length > 0 ? `  replaced (--force): ${s.replaced.join('; ')}` : '  the target was empty',
    `  took ${formatSeconds(s.ms)}`,
  ].join('\n');
}

const USAGE =
  'Usage: npm run restore -- <file> [--force]   (into DATABASE_URL, else the PGlite database in DATA_DIR, and DATA_DIR/files)\n';

function parseRestoreArgs(argv: string[]): { file: string; force: boolean } | null {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { force: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
    const [file] = positionals;
    return file && positionals.length === 1 ? { file, force: values.force === true } : null;
  } catch {
    return null;
  }
}

/** Runs the command; returns the process exit code. */
export async function runRestore(argv: string[]): Promise<number> {
  const args = parseRestoreArgs(argv);
  if (!args) {
    process.stderr.write(USAGE);
    return 2;
  }
  try {
    const config = loadConfig();
    process.stdout.write(`${describeRestore(await restoreBackup(config, args.file, { force: args.force }), config)}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(explainFailure('restore', err));
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runRestore(process.argv.slice(2));
}
