// The backup file: one tar holding `selaras-backup.json` (the manifest), the database dump and `files/`
// (the stored files: blobs and the part files of uploads in progress). The manifest lists every member
// with its size and SHA-256, so a damaged or truncated backup is found before anything is restored.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  createReadStream,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const MANIFEST_NAME = 'selaras-backup.json';
export const FILES_DIR = 'files';

const EntrySchema = z.object({
  path: z.string().min(1),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ArchiveEntry = z.infer<typeof EntrySchema>;

const ManifestSchema = z.object({
  format: z.literal('selaras-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), entry: EntrySchema }),
  files: z.array(EntrySchema),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** A problem the person running the command can act on; printed without a stack trace. */
export class BackupError extends Error {}

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function describeEntry(root: string, relative: string): Promise<ArchiveEntry> {
  const full = path.join(root, relative);
  return { path: relative, bytes: statSync(full).size, sha256: await sha256OfFile(full) };
}

/** Every regular file under `dir`, as paths relative to `root`; in-flight `*.tmp` writes are left out. */
export function listFiles(root: string, dir = FILES_DIR): string[] {
  const full = path.join(root, dir);
  if (!existsSync(full)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(full, { withFileTypes: true })) {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(root, relative));
    else if (entry.isFile() && !entry.name.endsWith('.tmp')) out.push(relative);
  }
  return out.sort();
}

function tar(args: string[]): void {
  const result = spawnSync('tar', args, { encoding: 'utf8', maxBuffer: 16 * 1_048_576 });
  if (result.error) throw new BackupError(`Could not run tar: ${result.error.message}`);
  if (result.status !== 0) throw new BackupError(result.stderr.trim() || `tar exited with status ${result.status}`);
}

/**
 * Copies the stored files into `stagingDir` so that what is hashed is what is archived while the server
 * keeps writing. Blobs never change once written: a hard link is enough when the file system allows it.
 */
export async function stageFiles(dataDir: string, stagingDir: string): Promise<ArchiveEntry[]> {
  const entries: ArchiveEntry[] = [];
  for (const relative of listFiles(dataDir)) {
    const from = path.join(dataDir, relative);
    const to = path.join(stagingDir, relative);
    mkdirSync(path.dirname(to), { recursive: true });
    try {
      if (relative.startsWith(`${FILES_DIR}/uploads/`)) copyFileSync(from, to);
      else linkSync(from, to);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') continue; // removed meanwhile (an upload completed or expired)
      copyFileSync(from, to);
    }
    entries.push(await describeEntry(stagingDir, relative));
  }
  return entries;
}

/** Writes the tar of everything staged: manifest, dump and files. */
export function writeArchive(file: string, stagingDir: string, manifest: Manifest): void {
  const members = [MANIFEST_NAME, manifest.database.entry.path];
  if (manifest.files.length > 0) members.push(FILES_DIR);
  tar(['-cf', file, '-C', stagingDir, ...members]);
}

function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST_NAME);
  if (!existsSync(file)) throw new BackupError(`it holds no ${MANIFEST_NAME} (not a Selaras backup)`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new BackupError(`its ${MANIFEST_NAME} is not valid JSON`);
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) throw new BackupError(`its ${MANIFEST_NAME} is not a manifest this version understands`);
  return parsed.data;
}

async function checkEntry(dir: string, entry: ArchiveEntry): Promise<void> {
  const full = path.join(dir, entry.path);
  if (path.relative(dir, full).startsWith('..'))
    throw new BackupError(`it names a path outside the backup: ${entry.path}`);
  if (!existsSync(full)) throw new BackupError(`${entry.path} is missing`);
  const actual = await describeEntry(dir, entry.path);
  if (actual.bytes !== entry.bytes || actual.sha256 !== entry.sha256) {
    throw new BackupError(`${entry.path} differs from the manifest (${actual.bytes} bytes, expected ${entry.bytes})`);
  }
}

/** Unpacks `file` into the empty `dir` and checks every member against the manifest. */
export async function extractAndVerify(file: string, dir: string): Promise<Manifest> {
  if (!existsSync(file)) throw new BackupError(`No such backup file: ${file}`);
  try {
    tar(['-xf', file, '-C', dir, '--no-same-owner']);
    const manifest = readManifest(dir);
    await checkEntry(dir, manifest.database.entry);
    for (const entry of manifest.files) await checkEntry(dir, entry);
    return manifest;
  } catch (err) {
    if (!(err instanceof BackupError)) throw err;
    throw new BackupError(`The backup ${file} is damaged or incomplete, nothing was restored: ${err.message}`);
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
