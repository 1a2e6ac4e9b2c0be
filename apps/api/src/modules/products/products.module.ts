import { createProductsService, type ProductsDeps } from './products.service.js';
import { createPermits } from './permits.js';
import { createStageRequests } from './stage-requests.js';

/** The products module's services, sharing one product writer. */
export function createProductsModule(deps: ProductsDeps) {
  const products = createProductsService(deps);
  return { products, permits: createPermits(deps, products), stageRequests: createStageRequests(deps, products) };
}

export type ProductsModule = ReturnType<typeof createProductsModule>;
