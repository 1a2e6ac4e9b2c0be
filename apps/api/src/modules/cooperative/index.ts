export { cooperativePreorders, cooperativePrices, cooperatives, pnbpDeposits, premiLedger, premiPayouts, saleItems, sales, salesTargets, splitRules } from './cooperative.table.js';
export { createCooperativeModule, type CooperativeModule } from './cooperative.module.js';
export { cooperativeRoutes } from './cooperative.routes.js';
