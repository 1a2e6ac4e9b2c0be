import type { Content } from 'pdfmake/interfaces';
import type { Db } from '../../platform/db/index.js';
import type { Principal } from '../../platform/auth/principal.js';
import { findLetterheadUnit, letterhead, renderLetterPdf } from '../directives/index.js';
import { findIncidentForReport } from './incidents.report-pdf.queries.js';
import * as section from './incidents.report-pdf.content.js';
import type { IncidentFile } from './incidents.export.js';
import * as errors from './incidents.read.errors.js';

export const INCIDENT_REPORT_TITLE = 'Laporan Insiden Keamanan dan Ketertiban';

export function createIncidentReportService(deps: { db: Db; clock: () => Date }) {
  const { db, clock } = deps;

  /**
   * One incident as a PDF on the caller's letterhead, times in the unit's zone. People who acted appear by
   * their position; the persons involved never appear (the report does not read them).
   */
  async function reportPdf(principal: Principal, incidentId: string): Promise<IncidentFile> {
    const data = await findIncidentForReport(db, principal.position.unitPath, incidentId);
    if (!data) throw errors.incidentNotFound();
    const unit = await findLetterheadUnit(db, principal.position.unitId);
    const now = clock();
    const who = (userId: string | null | undefined) => (userId ? (data.titles.get(userId) ?? 'Petugas') : '-');
    const content: Content[] = [
      ...letterhead(unit),
      { text: INCIDENT_REPORT_TITLE.toUpperCase(), style: 'title' },
      section.detailsOf(data, who),
      { text: 'Uraian kejadian', style: 'h2' },
      { text: data.incident.description, margin: [0, 0, 0, 6] },
      ...section.figuresOf(data),
      { text: 'Daftar periksa SOP', style: 'h2' },
      section.sopOf(data, who),
      { text: 'Koordinasi dengan aparat penegak hukum', style: 'h2' },
      section.agenciesOf(data),
      { text: 'Peringatan dan penerimaannya', style: 'h2' },
      section.alertsOf(data, now, data.summary.unitTimezone),
      { text: 'Kronologi', style: 'h2' },
      section.timelineOf(data, who),
      ...section.reviewOf(data, who),
    ];
    const body = await renderLetterPdf({
      title: INCIDENT_REPORT_TITLE,
      subject: data.summary.number,
      principal,
      now,
      content,
    });
    return { body, contentType: 'application/pdf', filename: `laporan-insiden-${data.summary.number}.pdf` };
  }

  return { reportPdf };
}
