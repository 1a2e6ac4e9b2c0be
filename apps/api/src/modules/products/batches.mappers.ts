import type { Batch, BatchDetail } from '@selaras/contracts';
import type { BatchWithStock, WorkerRow } from './batches.queries.js';

export function toBatch(row: BatchWithStock): Batch {
  return {
    id: row.id,
    productId: row.productId,
    productName: row.productName,
    unitOfSale: row.unitOfSale,
    unitId: row.unitId,
    unitName: row.unitName,
    producedOn: row.producedOn,
    quantity: row.quantity,
    sold: row.sold,
    remaining: row.quantity - row.sold,
    workBasis: row.workBasis,
    note: row.note,
    workerCount: row.workerCount,
  };
}

export function toBatchDetail(row: BatchWithStock, workers: WorkerRow[], showName: boolean): BatchDetail {
  return {
    ...toBatch(row),
    workers: workers.map((w) => ({
      inmateId: w.inmateId,
      pseudonym: w.pseudonym,
      registrationNumber: w.registrationNumber,
      name: showName ? w.name : null,
      amount: w.amount,
    })),
    namesShown: showName,
  };
}
