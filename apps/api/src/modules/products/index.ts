export { batchWorkers, orderRequests, permitRemindersSent, productionBatches, productPermits, products, productStageRequests } from './products.table.js';
export { createProductsModule, type ProductsModule } from './products.module.js';
export { productsRoutes } from './products.routes.js';
export { stageRequestsRoutes } from './stage-requests.routes.js';
export { registerProductJobs, PERMIT_REMINDER_QUEUE } from './products.jobs.js';
export { sendPermitReminders } from './permits.reminders.js';
