import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
  type ParsedLocation,
} from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import type { Permission } from '@selaras/contracts';
import { Spinner } from '@/components/ui';
import { ApiError, isApiError } from '@/lib/api-client';
import { forgetMe, hasPermission, meQueryOptions } from '@/lib/me';
import { setUnauthorizedHandler } from '@/lib/query-client';
import { LoginPage } from '@/features/auth/routes/login-page';
import { LoginSearchSchema } from '@/features/auth/routes/login-search';
import { AuditSearchSchema } from '@/features/audit/routes/audit-search';
import { CampaignSearchSchema } from '@/features/campaigns/routes/campaign-search';
import { AssignmentsSearchSchema } from '@/features/directives/routes/assignments-search';
import { DirectivesSearchSchema } from '@/features/directives/routes/directives-search';
import { HomePage } from '@/features/home/routes/home-page';
import { IncidentsSearchSchema } from '@/features/incidents/routes/incidents-search';
import { NotificationsSearchSchema } from '@/features/notifications/routes/notifications-search';
import { MeetingsSearchSchema } from '@/features/meetings/routes/meetings-search';
import { DashboardSearchSchema } from '@/features/overview/routes/dashboard-search';
import { IncidentStatsSearchSchema } from '@/features/incidents/routes/stats-search';
import { UnitsSearchSchema } from '@/features/units/routes/units-search';
import { UsersSearchSchema } from '@/features/users/routes/users-search';
import { CatalogueSearchSchema } from '@/features/catalogue/routes/catalogue-search';
import { createSalesRoutes } from './sales-routes';
import { createProductRoutes } from './product-routes';
import { createPembinaanRoutes } from './pembinaan-routes';
import { AppLayout } from './layout/app-layout';
import { SkipLink } from './layout/skip-link';
import { NotFoundPage, StandaloneNotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

export type RouterContext = { queryClient: QueryClient };

function RootLayout() {
  return (
    <>
      <SkipLink />
      <Outlet />
    </>
  );
}

async function requireSession({ context, location }: { context: RouterContext; location: ParsedLocation }) {
  try {
    await context.queryClient.ensureQueryData(meQueryOptions());
  } catch (error) {
    if (isApiError(error, 401)) throw redirect({ to: '/login', search: { redirect: location.href } });
    throw error;
  }
}

/** Pages a position may not open fail before loading, with the same 403 the API would give. */
function requirePermission(permission: Permission) {
  return async ({ context }: { context: RouterContext }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions());
    if (hasPermission(me, permission)) return;
    throw new ApiError({ type: 'about:blank', title: 'Forbidden', status: 403, code: 'forbidden' });
  };
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: StandaloneNotFoundPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: LoginSearchSchema,
  component: LoginPage,
});

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: requireSession,
  component: AppLayout,
  notFoundComponent: NotFoundPage,
});

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });

const dashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/dashboard',
  validateSearch: DashboardSearchSchema,
  beforeLoad: requirePermission('directives:read'),
  component: lazyRouteComponent(() => import('@/features/overview/routes/dashboard-page'), 'DashboardPage'),
});

const unitsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/units',
  validateSearch: UnitsSearchSchema,
  beforeLoad: requirePermission('units:read'),
  component: lazyRouteComponent(() => import('@/features/units/routes/units-page'), 'UnitsPage'),
});

const unitRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/units/$unitId',
  beforeLoad: requirePermission('units:read'),
  component: lazyRouteComponent(() => import('@/features/units/routes/unit-page'), 'UnitPage'),
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/users',
  validateSearch: UsersSearchSchema,
  beforeLoad: requirePermission('users:read'),
  component: lazyRouteComponent(() => import('@/features/users/routes/users-page'), 'UsersPage'),
});

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/audit',
  validateSearch: AuditSearchSchema,
  beforeLoad: requirePermission('audit:read'),
  component: lazyRouteComponent(() => import('@/features/audit/routes/audit-page'), 'AuditPage'),
});

const directivesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/directives',
  validateSearch: DirectivesSearchSchema,
  beforeLoad: requirePermission('directives:read'),
  component: lazyRouteComponent(() => import('@/features/directives/routes/directives-page'), 'DirectivesPage'),
});

const newDirectiveRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/directives/new',
  beforeLoad: requirePermission('directives:issue'),
  component: lazyRouteComponent(() => import('@/features/directives/routes/new-directive-page'), 'NewDirectivePage'),
});

const directiveRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/directives/$directiveId',
  beforeLoad: requirePermission('directives:read'),
  component: lazyRouteComponent(() => import('@/features/directives/routes/directive-page'), 'DirectivePage'),
});

const assignmentsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/assignments',
  validateSearch: AssignmentsSearchSchema,
  beforeLoad: requirePermission('directives:read'),
  component: lazyRouteComponent(() => import('@/features/directives/routes/assignments-page'), 'AssignmentsPage'),
});

const assignmentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/assignments/$assignmentId',
  beforeLoad: requirePermission('directives:read'),
  component: lazyRouteComponent(() => import('@/features/directives/routes/assignment-page'), 'AssignmentPage'),
});

const outboxRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/kotak-keluar',
  component: lazyRouteComponent(() => import('@/features/outbox/routes/outbox-page'), 'OutboxPage'),
});

const notificationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/notifications',
  validateSearch: NotificationsSearchSchema,
  component: lazyRouteComponent(
    () => import('@/features/notifications/routes/notifications-page'),
    'NotificationsPage',
  ),
});

const meetingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/meetings',
  validateSearch: MeetingsSearchSchema,
  beforeLoad: requirePermission('meetings:read'),
  component: lazyRouteComponent(() => import('@/features/meetings/routes/meetings-page'), 'MeetingsPage'),
});

const newMeetingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/meetings/new',
  beforeLoad: requirePermission('meetings:manage'),
  component: lazyRouteComponent(() => import('@/features/meetings/routes/new-meeting-page'), 'NewMeetingPage'),
});

const meetingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/meetings/$meetingId',
  beforeLoad: requirePermission('meetings:read'),
  component: lazyRouteComponent(() => import('@/features/meetings/routes/meeting-page'), 'MeetingPage'),
});

const campaignsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/campaigns',
  beforeLoad: requirePermission('directives:read'),
  component: lazyRouteComponent(() => import('@/features/campaigns/routes/campaigns-page'), 'CampaignsPage'),
});

const newCampaignRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/campaigns/new',
  beforeLoad: requirePermission('campaigns:manage'),
  component: lazyRouteComponent(() => import('@/features/campaigns/routes/new-campaign-page'), 'NewCampaignPage'),
});

const campaignRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/campaigns/$campaignId',
  validateSearch: CampaignSearchSchema,
  beforeLoad: requirePermission('directives:read'),
  component: lazyRouteComponent(() => import('@/features/campaigns/routes/campaign-page'), 'CampaignPage'),
});

const incidentsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/insiden',
  validateSearch: IncidentsSearchSchema,
  beforeLoad: requirePermission('incidents:read'),
  component: lazyRouteComponent(() => import('@/features/incidents/routes/incidents-page'), 'IncidentsPage'),
});

const newIncidentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/insiden/baru',
  beforeLoad: requirePermission('incidents:report'),
  component: lazyRouteComponent(() => import('@/features/incidents/routes/new-incident-page'), 'NewIncidentPage'),
});

const incidentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/insiden/$incidentId',
  beforeLoad: requirePermission('incidents:read'),
  component: lazyRouteComponent(() => import('@/features/incidents/routes/incident-page'), 'IncidentPage'),
});

// The public impact page sits outside the signed-in shell: no session is asked for.
const publicCampaignRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/publik/gerakan/$campaignId',
  component: lazyRouteComponent(() => import('@/features/campaigns/routes/public-campaign-page'), 'PublicCampaignPage'),
});

// The public catalogue, like the impact page, asks for no session.
const catalogueRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/katalog',
  validateSearch: CatalogueSearchSchema,
  component: lazyRouteComponent(() => import('@/features/catalogue/routes/catalogue-page'), 'CataloguePage'),
});

const catalogueItemRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/katalog/$productId',
  component: lazyRouteComponent(() => import('@/features/catalogue/routes/catalogue-item-page'), 'CatalogueItemPage'),
});

const incidentStatsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/insiden/statistik',
  validateSearch: IncidentStatsSearchSchema,
  beforeLoad: requirePermission('incidents:read'),
  component: lazyRouteComponent(() => import('@/features/incidents/routes/stats-page'), 'IncidentStatsPage'),
});

const incidentCatalogueRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/kamtib',
  beforeLoad: requirePermission('incidents:configure'),
  component: lazyRouteComponent(
    () => import('@/features/incident-catalogue/routes/incident-catalogue-page'),
    'IncidentCataloguePage',
  ),
});

export type AppRoute = typeof appRoute;
export type RequirePermission = typeof requirePermission;
const salesRoutes = createSalesRoutes(() => appRoute, requirePermission);
const productRoutes = createProductRoutes(() => appRoute, requirePermission);
const pembinaanRoutes = createPembinaanRoutes(() => appRoute, requirePermission);

const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/account',
  component: lazyRouteComponent(() => import('@/features/auth/routes/account-page'), 'AccountPage'),
});

// Unknown addresses get the not-found page inside the signed-in shell.
const unknownRoute = createRoute({ getParentRoute: () => appRoute, path: '$', component: NotFoundPage });

const routeTree = rootRoute.addChildren([
  loginRoute,
  publicCampaignRoute,
  catalogueRoute,
  catalogueItemRoute,
  appRoute.addChildren([
    homeRoute,
    dashboardRoute,
    unitsRoute,
    unitRoute,
    directivesRoute,
    newDirectiveRoute,
    directiveRoute,
    assignmentsRoute,
    assignmentRoute,
    meetingsRoute,
    newMeetingRoute,
    meetingRoute,
    campaignsRoute,
    newCampaignRoute,
    campaignRoute,
    incidentStatsRoute,
    incidentsRoute,
    newIncidentRoute,
    incidentRoute,
    usersRoute,
    auditRoute,
    incidentCatalogueRoute,
    ...pembinaanRoutes,
    ...productRoutes,
    ...salesRoutes,
    notificationsRoute,
    outboxRoute,
    accountRoute,
    unknownRoute,
  ]),
]);

function PendingPage() {
  return (
    <div className="flex justify-center py-16">
      <Spinner />
    </div>
  );
}

export function createAppRouter(queryClient: QueryClient) {
  const router = createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    defaultErrorComponent: RouteError,
    defaultPendingComponent: PendingPage,
    scrollRestoration: true,
  });

  setUnauthorizedHandler(() => {
    const { pathname, href } = router.state.location;
    if (pathname === '/login' || pathname.startsWith('/publik/')) return;
    if (pathname === '/katalog' || pathname.startsWith('/katalog/')) return;
    void router.navigate({ to: '/login', search: { redirect: href } }).then(() => forgetMe(queryClient));
  });

  return router;
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  interface Register {
    router: AppRouter;
  }
}
