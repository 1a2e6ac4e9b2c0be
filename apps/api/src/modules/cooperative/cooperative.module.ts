import type { CooperativeDeps } from './cooperative.service.js';
import { createCooperativeService } from './cooperative.service.js';
import { createPreordersService } from './preorders.service.js';
import { createPricesService } from './prices.service.js';
import { createDepositsService } from './deposits.service.js';
import { createTargetsService } from './targets.service.js';
import { createProductFiguresService } from './product-figures.service.js';

/** The cooperative's services, wired once. */
export function createCooperativeModule(deps: CooperativeDeps) {
  return {
    cooperatives: createCooperativeService(deps),
    preorders: createPreordersService(deps),
    prices: createPricesService(deps),
    deposits: createDepositsService(deps),
    targets: createTargetsService(deps),
    figures: createProductFiguresService(deps),
  };
}

export type CooperativeModule = ReturnType<typeof createCooperativeModule>;
