export { cooperativePreorders, cooperativePrices, cooperatives, pnbpDeposits, premiLedger, premiPayouts, saleItems, sales, salesTargets, splitRules } from './cooperative.table.js';
export { createCooperativeModule, type CooperativeModule } from './cooperative.module.js';
export { cooperativeRoutes } from './cooperative.routes.js';
export { createSalesService, type SalesService } from './sales.service.js';
export { createSplitRulesService, type SplitRulesService } from './split-rules.service.js';
export { salesRoutes } from './sales.routes.js';
export { createPremiService, type PremiService } from './premi.service.js';
export { premiRoutes } from './premi.routes.js';
