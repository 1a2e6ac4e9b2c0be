import type { Certificate, SummaryProgramme } from '@selaras/contracts';
import type { CertificateRow, ProgrammeRecordRow } from './outcomes.queries.js';

export function toCertificate({ certificate: c, programmeName }: CertificateRow): Certificate {
  return {
    id: c.id,
    inmateId: c.inmateId,
    programmeId: c.programmeId,
    programmeName: programmeName ?? null,
    title: c.title,
    skill: c.skill,
    issuer: c.issuer,
    certified: c.certified,
    issuedOn: c.issuedOn,
    createdAt: c.createdAt.toISOString(),
  };
}

/** Hours to two decimals: session lengths are quarters of an hour, sums stay exact, floats do not. */
export const roundHours = (hours: number) => Math.round(hours * 100) / 100;

export function toSummaryProgramme(row: ProgrammeRecordRow): SummaryProgramme {
  return { ...row, hours: roundHours(Number(row.hours)) };
}
