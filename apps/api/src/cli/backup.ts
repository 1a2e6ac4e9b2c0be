// `npm run backup -- <file>`: the configured database and the stored files, in one tar file.
import { existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, loadConfig, type Config } from '../platform/config.js';
import { DataDirInUseError } from '../platform/db/dir-lock.js';
import {
  BackupError,
  describeEntry,
  formatBytes,
  formatSeconds,
  MANIFEST_NAME,
  stageFiles,
  writeArchive,
  type Manifest,
} from './backup-archive.js';
import { dumpDatabase, kindOf, type DatabaseKind } from './backup-database.js';

export type BackupSummary = {
  file: string;
  kind: DatabaseKind;
  databaseBytes: number;
  fileCount: number;
  filesBytes: number;
  ms: number;
};

/** Dumps the database, then copies the stored files (a file written meanwhile is at worst one more), then writes the tar. */
export async function createBackup(
  target: Pick<Config, 'databaseUrl' | 'dataDir'>,
  file: string,
  clock = () => new Date(),
): Promise<BackupSummary> {
  const started = performance.now();
  const out = path.resolve(file);
  if (existsSync(out))
    throw new BackupError(`${out} already exists: choose a new file name (a backup is never overwritten).`);
  if (!existsSync(path.dirname(out))) throw new BackupError(`The folder ${path.dirname(out)} does not exist.`);
  const staging = mkdtempSync(path.join(path.dirname(out), '.selaras-backup-'));
  const partial = `${out}.partial`;
  try {
    const dumpName = await dumpDatabase(target, staging);
    const files = await stageFiles(path.resolve(target.dataDir), staging);
    const manifest: Manifest = {
      format: 'selaras-backup',
      version: 1,
      createdAt: clock().toISOString(),
      database: { kind: kindOf(target), entry: await describeEntry(staging, dumpName) },
      files,
    };
    writeFileSync(path.join(staging, MANIFEST_NAME), JSON.stringify(manifest));
    writeArchive(partial, staging, manifest);
    renameSync(partial, out);
    return {
      file: out,
      kind: manifest.database.kind,
      databaseBytes: manifest.database.entry.bytes,
      fileCount: files.length,
      filesBytes: files.reduce((sum, f) => sum + f.bytes, 0),
      ms: performance.now() - started,
    };
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(partial, { force: true });
  }
}

export function describeBackup(s: BackupSummary): string {
  const engine = s.kind === 'pglite' ? 'PGlite' : 'PostgreSQL';
  return [
    `Backup written to ${s.file}`,
    `  database (${engine}): ${formatBytes(s.databaseBytes)}`,
    `  stored files: ${s.fileCount} (${formatBytes(s.filesBytes)})`,
    `  took ${formatSeconds(s.ms)}`,
  ].join('\n');
}

export function explainFailure(command: string, err: unknown): string {
  const known = err instanceof BackupError || err instanceof ConfigError || err instanceof DataDirInUseError;
  const message = known ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err);
  return `${command}: ${message}\n`;
}

const USAGE =
  'Usage: npm run backup -- <file>   (uses DATABASE_URL, else the PGlite database in DATA_DIR, and DATA_DIR/files)\n';

/** Runs the command; returns the process exit code. */
export async function runBackup(argv: string[]): Promise<number> {
  const [file, ...rest] = argv;
  if (!file || file.startsWith('-') || rest.length > 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  try {
    process.stdout.write(`${describeBackup(await createBackup(loadConfig(), file))}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(explainFailure('backup', err));
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runBackup(process.argv.slice(2));
}
