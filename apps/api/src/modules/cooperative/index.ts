export { cooperativePreorders, cooperativePrices, cooperatives, pnbpDeposits, premiLedger, premiPayouts, saleItems, sales, salesTargets, splitRules } from './cooperative.table.js';
