export { batchWorkers, orderRequests, permitRemindersSent, productionBatches, productPermits, products, productStageRequests } from './products.table.js';
