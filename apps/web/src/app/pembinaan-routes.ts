import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { ProgrammesSearchSchema } from '@/features/programmes/routes/programmes-search';
import { AttendanceSearchSchema } from '@/features/programmes/routes/attendance-search';
import { InmatesSearchSchema } from '@/features/inmates/routes/inmates-search';
import { CommunitySearchSchema } from '@/features/programmes/routes/community-search';
import type { AppRoute, RequirePermission } from './router';

/** Rehabilitation: programmes, attendance, the inmate register, outcomes and community impact. */
export function createPembinaanRoutes(parent: () => AppRoute, guard: RequirePermission) {
  const programmesRoute = createRoute({
    getParentRoute: parent,
    path: '/pembinaan',
    validateSearch: ProgrammesSearchSchema,
    beforeLoad: guard('programmes:read'),
    component: lazyRouteComponent(() => import('@/features/programmes/routes/programmes-page'), 'ProgrammesPage'),
  });
  const newProgrammeRoute = createRoute({
    getParentRoute: parent,
    path: '/pembinaan/baru',
    beforeLoad: guard('programmes:manage'),
    component: lazyRouteComponent(() => import('@/features/programmes/routes/new-programme-page'), 'NewProgrammePage'),
  });
  const programmeRoute = createRoute({
    getParentRoute: parent,
    path: '/pembinaan/program/$programmeId',
    beforeLoad: guard('programmes:read'),
    component: lazyRouteComponent(() => import('@/features/programmes/routes/programme-page'), 'ProgrammePage'),
  });
  const inmatesRoute = createRoute({
    getParentRoute: parent,
    path: '/pembinaan/warga-binaan',
    validateSearch: InmatesSearchSchema,
    beforeLoad: guard('programmes:read'),
    component: lazyRouteComponent(() => import('@/features/inmates/routes/inmates-page'), 'InmatesPage'),
  });
  const outcomeInmateRoute = createRoute({
    getParentRoute: parent,
    path: '/pembinaan/warga-binaan/$inmateId',
    beforeLoad: guard('programmes:read'),
    component: lazyRouteComponent(
      () => import('@/features/programmes/routes/outcome-inmate-page'),
      'OutcomeInmatePage',
    ),
  });
  const communityRoute = createRoute({
    getParentRoute: parent,
    path: '/pembinaan/masyarakat',
    validateSearch: CommunitySearchSchema,
    beforeLoad: guard('programmes:read'),
    component: lazyRouteComponent(() => import('@/features/programmes/routes/community-page'), 'CommunityPage'),
  });
  const programmeAttendanceRoute = createRoute({
    getParentRoute: parent,
    path: '/pembinaan/program/$programmeId/presensi',
    validateSearch: AttendanceSearchSchema,
    beforeLoad: guard('programmes:read'),
    component: lazyRouteComponent(() => import('@/features/programmes/routes/attendance-page'), 'AttendancePage'),
  });
  return [
    programmesRoute,
    newProgrammeRoute,
    programmeRoute,
    inmatesRoute,
    outcomeInmateRoute,
    communityRoute,
    programmeAttendanceRoute,
  ] as const;
}
