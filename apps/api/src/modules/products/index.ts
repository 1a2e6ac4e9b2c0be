export { batchWorkers, orderRequests, permitRemindersSent, productionBatches, productPermits, products, productStageRequests } from './products.table.js';
export { createCatalogueService, type CatalogueService } from './catalogue.service.js';
export { catalogueRoutes } from './catalogue.routes.js';
export { createOrderRequestsService, type OrderRequestsService } from './order-requests.service.js';
export { orderRequestsRoutes } from './order-requests.routes.js';
