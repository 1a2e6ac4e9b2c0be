import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { SaleSearchSchema } from '@/features/sales/routes/sale-search';
import type { AppRoute, RequirePermission } from './router';

/** Production, sales, premi and the proceeds split rules, under the signed-in shell. */
export function createSalesRoutes(parent: () => AppRoute, guard: RequirePermission) {
  const salesRoute = createRoute({
    getParentRoute: parent,
    path: '/penjualan',
    beforeLoad: guard('products:read'),
    component: lazyRouteComponent(() => import('@/features/sales/routes/sales-page'), 'SalesPage'),
  });
  const newSaleRoute = createRoute({
    getParentRoute: parent,
    path: '/penjualan/baru',
    beforeLoad: guard('cooperative:manage'),
    component: lazyRouteComponent(() => import('@/features/sales/routes/new-sale-page'), 'NewSalePage'),
  });
  const saleRoute = createRoute({
    getParentRoute: parent,
    path: '/penjualan/$saleId',
    validateSearch: SaleSearchSchema,
    beforeLoad: guard('products:read'),
    component: lazyRouteComponent(() => import('@/features/sales/routes/sale-page'), 'SalePage'),
  });
  const batchesRoute = createRoute({
    getParentRoute: parent,
    path: '/produksi',
    beforeLoad: guard('products:read'),
    component: lazyRouteComponent(() => import('@/features/sales/routes/batches-page'), 'BatchesPage'),
  });
  const newBatchRoute = createRoute({
    getParentRoute: parent,
    path: '/produksi/baru',
    beforeLoad: guard('products:manage'),
    component: lazyRouteComponent(() => import('@/features/sales/routes/new-batch-page'), 'NewBatchPage'),
  });
  const premiRoute = createRoute({
    getParentRoute: parent,
    path: '/premi',
    beforeLoad: guard('products:read'),
    component: lazyRouteComponent(() => import('@/features/sales/routes/premi-page'), 'PremiPage'),
  });
  const premiLedgerRoute = createRoute({
    getParentRoute: parent,
    path: '/premi/$inmateId',
    beforeLoad: guard('products:read'),
    component: lazyRouteComponent(() => import('@/features/sales/routes/premi-ledger-page'), 'PremiLedgerPage'),
  });
  const splitRulesRoute = createRoute({
    getParentRoute: parent,
    path: '/admin/pembagian-hasil',
    beforeLoad: guard('products:read'),
    component: lazyRouteComponent(() => import('@/features/sales/routes/split-rules-page'), 'SplitRulesPage'),
  });
  return [
    salesRoute,
    newSaleRoute,
    saleRoute,
    batchesRoute,
    newBatchRoute,
    premiRoute,
    premiLedgerRoute,
    splitRulesRoute,
  ] as const;
}
