import { asc, eq, inArray } from 'drizzle-orm';
import type { FieldIssue, Report, StoredFile } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Principal } from '../../platform/auth/principal.js';
import { files, findFiles, toStoredFile, type FileRow } from '../../platform/files/index.js';
import { directives } from './directives.table.js';
import { reportAttachments } from './directives.attachments.table.js';
import type { ReportRow } from './directives.queries.js';
import { toReport } from './directives.mappers.js';
import { AppError, invalid } from '../../platform/http/errors.js';

export type EvidenceRules = { minPhotos: number; minDocuments: number; geotagRequired: boolean };
type EvidenceFile = Pick<FileRow, 'kind' | 'name' | 'exif'>;

const hasGps = (f: EvidenceFile) => typeof f.exif?.lat === 'number' && typeof f.exif.lon === 'number';

/** What the attached files lack against the directive's rules; empty when they satisfy them. */
export function evidenceShortfalls(rules: EvidenceRules, attached: EvidenceFile[]): (FieldIssue & { detail: string })[] {
  const photos = attached.filter((f) => f.kind === 'photo');
  const documents = attached.filter((f) => f.kind === 'document');
  const issues: (FieldIssue & { detail: string })[] = [];
  if (photos.length < rules.minPhotos) {
    const detail = `Arahan ini mewajibkan minimal ${rules.minPhotos} foto bukti; terlampir ${photos.length}.`;
    issues.push({ path: 'body.attachmentIds', code: 'directives.evidence_photos_missing', message: detail, detail });
  }
  if (documents.length < rules.minDocuments) {
    const detail = `Arahan ini mewajibkan minimal ${rules.minDocuments} dokumen; terlampir ${documents.length}.`;
    issues.push({ path: 'body.attachmentIds', code: 'directives.evidence_documents_missing', message: detail, detail });
  }
  const untagged = rules.geotagRequired ? photos.filter((f) => !hasGps(f)) : [];
  if (untagged.length > 0) {
    const detail = `Arahan ini mewajibkan foto bergeotag; tanpa lokasi GPS: ${untagged.map((f) => f.name).join(', ')}.`;
    issues.push({ path: 'body.attachmentIds', code: 'directives.evidence_geotag_missing', message: detail, detail });
  }
  return issues;
}

function attachmentsRefused(issues: FieldIssue[]): AppError {
  return invalid('directives.attachment_not_found', 'Sebagian lampiran tidak ditemukan atau bukan milik unit yang dilaporkan.', issues);
}

/**
 * The files a report attaches, checked: each visible to the submitter and owned by the reporting
 * unit (or uploaded by the submitter, who may report on its behalf), and together meeting the
 * directive's evidence rules.
 */
export async function checkEvidence(
  tx: Db,
  principal: Principal,
  assignment: { directiveId: string; unitId: string },
  attachmentIds: string[] | undefined,
): Promise<FileRow[]> {
  const ids = [...new Set(attachmentIds ?? [])];
  const byId = new Map((await findFiles(tx, principal.position.unitPath, ids)).map((f) => [f.id, f]));
  const attached: FileRow[] = [];
  const refused: FieldIssue[] = [];
  ids.forEach((id, i) => {
    const file = byId.get(id);
    if (file && (file.ownerUnitId === assignment.unitId || file.uploadedByUserId === principal.userId)) attached.push(file);
    else refused.push({ path: `body.attachmentIds.${i}`, code: 'attachment_not_found', message: 'Lampiran tidak ditemukan atau bukan milik unit ini.' });
  });
  if (refused.length > 0) throw attachmentsRefused(refused);
  const [directive] = await tx.select({ evidence: directives.evidence }).from(directives).where(eq(directives.id, assignment.directiveId));
  const issues = evidenceShortfalls(directive?.evidence ?? { minPhotos: 0, minDocuments: 0, geotagRequired: false }, attached);
  const [first] = issues;
  if (first) throw invalid(first.code, first.detail, issues.map(({ path, code, message }) => ({ path, code, message })));
  return attached;
}

export async function attachEvidence(tx: Db, reportId: string, attached: FileRow[]): Promise<void> {
  if (attached.length === 0) return;
  await tx.insert(reportAttachments).values(attached.map((f, position) => ({ reportId, fileId: f.id, position })));
}

async function attachmentsOf(db: Db, reportIds: string[]): Promise<Map<string, StoredFile[]>> {
  const byReport = new Map<string, StoredFile[]>();
  if (reportIds.length === 0) return byReport;
  const rows = await db
    .select({ reportId: reportAttachments.reportId, file: files })
    .from(reportAttachments)
    .innerJoin(files, eq(files.id, reportAttachments.fileId))
    .where(inArray(reportAttachments.reportId, reportIds))
    .orderBy(asc(reportAttachments.position));
  for (const row of rows) byReport.set(row.reportId, [...(byReport.get(row.reportId) ?? []), toStoredFile(row.file)]);
  return byReport;
}

/** Report DTOs with their attachments. */
export async function presentReports(db: Db, rows: ReportRow[]): Promise<Report[]> {
  const attachments = await attachmentsOf(db, rows.map((r) => r.id));
  return rows.map((r) => toReport(r, attachments.get(r.id) ?? []));
}

export async function presentReport(db: Db, row: ReportRow): Promise<Report> {
  const [report] = await presentReports(db, [row]);
  if (!report) throw new Error('report vanished');
  return report;
}
