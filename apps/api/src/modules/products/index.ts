export { batchWorkers, orderRequests, permitRemindersSent, productionBatches, productPermits, products, productStageRequests } from './products.table.js';
export { createBatchesService, type BatchesService } from './batches.service.js';
export { batchesRoutes } from './batches.routes.js';
export { findBatchesInScope, listSellable, listWorkers, lockBatches, type BatchWithStock } from './batches.queries.js';
export { addDays, endOfLocalDay, localDate } from './local-days.js';
