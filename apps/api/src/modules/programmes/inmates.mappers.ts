import type { Inmate } from '@selaras/contracts';
import type { InmateWithUnit } from './inmates.queries.js';

/** The DTO; the name travels only when `showName` (the caller may and asked to see names). */
export function toInmate(row: InmateWithUnit, opts: { showName: boolean; canEdit: boolean }): Inmate {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName: row.unitName,
    registrationNumber: row.registrationNumber,
    pseudonym: row.pseudonym,
    name: opts.showName ? row.name : null,
    sex: row.sex,
    birthYear: row.birthYear,
    category: row.category,
    status: row.status,
    entryDate: row.entryDate,
    exitDate: row.exitDate,
    abilities: { edit: opts.canEdit },
  };
}
