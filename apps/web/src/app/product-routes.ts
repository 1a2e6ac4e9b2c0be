import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { OrdersSearchSchema } from '@/features/catalogue/routes/orders-search';
import { CooperativeSearchSchema } from '@/features/cooperative/routes/cooperative-search';
import { ProductsSearchSchema } from '@/features/products/routes/products-search';
import type { AppRoute, RequirePermission } from './router';

/** Products and their approval, the cooperative and its order requests, under the signed-in shell. */
export function createProductRoutes(parent: () => AppRoute, guard: RequirePermission) {
  const productsRoute = createRoute({
    getParentRoute: parent,
    path: '/produk',
    validateSearch: ProductsSearchSchema,
    beforeLoad: guard('products:read'),
    component: lazyRouteComponent(() => import('@/features/products/routes/products-page'), 'ProductsPage'),
  });
  const newProductRoute = createRoute({
    getParentRoute: parent,
    path: '/produk/baru',
    beforeLoad: guard('products:manage'),
    component: lazyRouteComponent(() => import('@/features/products/routes/new-product-page'), 'NewProductPage'),
  });
  const productApprovalsRoute = createRoute({
    getParentRoute: parent,
    path: '/produk/persetujuan',
    beforeLoad: guard('products:approve'),
    component: lazyRouteComponent(() => import('@/features/products/routes/approvals-page'), 'ApprovalsPage'),
  });
  const productRoute = createRoute({
    getParentRoute: parent,
    path: '/produk/$productId',
    beforeLoad: guard('products:read'),
    component: lazyRouteComponent(() => import('@/features/products/routes/product-page'), 'ProductPage'),
  });
  const cooperativeRoute = createRoute({
    getParentRoute: parent,
    path: '/koperasi',
    validateSearch: CooperativeSearchSchema,
    beforeLoad: guard('products:read'),
    component: lazyRouteComponent(() => import('@/features/cooperative/routes/cooperative-page'), 'CooperativePage'),
  });
  const ordersRoute = createRoute({
    getParentRoute: parent,
    path: '/koperasi/pesanan',
    validateSearch: OrdersSearchSchema,
    beforeLoad: guard('cooperative:manage'),
    component: lazyRouteComponent(() => import('@/features/catalogue/routes/orders-page'), 'OrdersPage'),
  });
  return [productsRoute, newProductRoute, productApprovalsRoute, productRoute, cooperativeRoute, ordersRoute] as const;
}
