import Fastify, { type FastifyInstance } from 'fastify';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './platform/config.js';
import type { Database } from './platform/db/index.js';
import { uuidv7 } from './platform/db/ids.js';
import { createAudit } from './platform/audit/audit.js';
import { createSessionStore } from './platform/auth/sessions.js';
import { registerAuthentication } from './platform/auth/authenticate.js';
import { registerAccessControl, type DeclaredRoute } from './platform/access/access.js';
import { registerProblemHandlers, sendFrameworkProblem } from './platform/http/problem.js';
import { registerTextGuard } from './platform/http/text-guard.js';
import { registerIdempotency } from './platform/http/idempotency.js';
import { hasWebBuild, registerWebApp } from './platform/http/web.js';
import { registerOpsRoutes } from './platform/http/ops.js';
import { createFilesService, createUploadsService, filesRoutes, uploadsRoutes } from './platform/files/index.js';
import { createOrgUnitsService, orgUnitsRoutes } from './modules/org-units/index.js';
import { authRoutes, createAuthService, createUsersService, loadPrincipal, usersRoutes } from './modules/users/index.js';
import { auditLogRoutes, createAuditLogService } from './modules/audit-log/index.js';
import {
  createDirectiveExportsService,
  createDirectivesService,
  createRequestsService,
  createWorklistService,
  directiveExportRoutes,
  directivesRoutes,
  requestsRoutes,
} from './modules/directives/index.js';
import { createAmendmentNotifier, createNotificationsService, notificationsRoutes } from './modules/notifications/index.js';
import { createNotify } from './platform/notify/notify.js';
import { createMeetingsService, meetingsRoutes } from './modules/meetings/index.js';
import { createOverviewService, overviewRoutes } from './modules/overview/index.js';
import { campaignReadRoutes, campaignsRoutes, createCampaignReadServices, createCampaignsModule } from './modules/campaigns/index.js';
import {
  createIncidentCatalogue,
  createIncidentReads,
  createIncidentsModule,
  incidentCatalogueRoutes,
  incidentReadRoutes,
  incidentsRoutes,
} from './modules/incidents/index.js';
import { createProgrammeFiguresService, programmeFiguresRoutes } from './modules/programmes/index.js';
import { communityRoutes, createCommunityService, createOutcomesService, outcomesRoutes } from './modules/programmes/index.js';
import { createProgrammesService, programmesRoutes } from './modules/programmes/index.js';
import { attendanceRoutes, createAttendanceService } from './modules/programmes/index.js';
import { createInmatesService, inmatesRoutes } from './modules/programmes/index.js';
import { createProductsModule, productsRoutes, stageRequestsRoutes } from './modules/products/index.js';
import { catalogueRoutes, createCatalogueService, createOrderRequestsService, orderRequestsRoutes } from './modules/products/index.js';
import { cooperativeRoutes, createCooperativeModule } from './modules/cooperative/index.js';
import { batchesRoutes, createBatchesService } from './modules/products/index.js';
import { createPremiService, createSalesService, createSplitRulesService, premiRoutes, salesRoutes } from './modules/cooperative/index.js';

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

z.config(z.locales.id());

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation merges interfaces
  interface FastifyInstance {
    declaredRoutes: DeclaredRoute[];
  }
}

export type AppDeps = { config: Config; database: Database; clock?: () => Date };

/** The composition root: platform plugins first, then each module under /api/v1. */
export async function buildApp({ config, database, clock = () => new Date() }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    genReqId: () => uuidv7(),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    return503OnClosing: true,
    frameworkErrors: sendFrameworkProblem,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerProblemHandlers(app);
  registerTextGuard(app);

  const db = database.db;
  const audit = createAudit({ clock });
  const sessions = createSessionStore({ secret: config.sessionSecret, ttlHours: config.sessionTtlHours, clock });
  await app.register(cookie);
  // Order matters: the caller is resolved before access is checked, and both before any route exists.
  registerAuthentication(app, { db, sessions, loadPrincipal, clock });
  const routes = registerAccessControl(app);
  app.decorate('declaredRoutes', routes);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:', 'https://tile.openstreetmap.org', 'https://*.tile.openstreetmap.org'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    hsts: config.secureCookies,
  });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: config.uploadLimitBytes, files: 1, parts: 10, fields: 10 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Selaras API', version: '1.0.0', description: 'Arahan, tindak lanjut dan kinerja Pemasyarakatan' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'selaras_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerIdempotency(app, { db });
  registerOpsRoutes(app, { database, config });

  const units = createOrgUnitsService({ db, audit, clock });
  const auth = createAuthService({ db, audit, sessions, clock });
  const users = createUsersService({ db, audit, units, sessions, clock });
  const auditLog = createAuditLogService({ db });
  const notify = createNotify({ email: config.smtp !== null, webhook: config.webhook !== null });
  const directives = createDirectivesService({ db, audit, clock, onAmended: createAmendmentNotifier({ notify }) });
  const notifications = createNotificationsService({ db, clock });
  const filesRoot = path.resolve(config.dataDir, 'files');
  const files = createFilesService({ db, audit, root: filesRoot });
  const uploads = createUploadsService({ db, files, root: filesRoot, clock, uploadLimitBytes: config.uploadLimitBytes });
  const directivesOn = (handle: typeof db) => createDirectivesService({ db: handle, audit, clock });
  const meetings = createMeetingsService({ db, audit, clock, directivesOn });
  const assignmentRequests = createRequestsService({ db, audit, clock });
  const worklist = createWorklistService({ db, audit, clock, directives });
  const directiveExports = createDirectiveExportsService({ db, clock });
  const overview = createOverviewService({ db, clock });
  const campaigns = createCampaignsModule({ db, audit, clock, files });
  const incidents = createIncidentsModule({ db, audit, clock, notify, directivesOn });
  const incidentCatalogue = createIncidentCatalogue({ db, audit, clock });
  const campaignReads = createCampaignReadServices({ db, clock, publicCopy: (fileId) => files.publicCopy(fileId) });
  const incidentReads = createIncidentReads({ db, clock, audit });
  const programmeFigures = createProgrammeFiguresService({ db, clock });
  const outcomes = createOutcomesService({ db, audit, clock });
  const community = createCommunityService({ db, audit, clock });
  const programmes = createProgrammesService({ db, audit, clock });
  const attendanceService = createAttendanceService({ db, audit, clock });
  const inmates = createInmatesService({ db, audit, clock });
  const productsModule = createProductsModule({ db, audit, clock, notify });
  const catalogue = createCatalogueService({ db, clock, notify, publicCopy: (fileId) => files.publicCopy(fileId) });
  const orderRequests = createOrderRequestsService({ db, audit, clock });
  const cooperative = createCooperativeModule({ db, audit, clock });
  const batches = createBatchesService({ db, audit, clock });
  const sales = createSalesService({ db, audit, clock });
  const splitRules = createSplitRulesService({ db, audit, clock });
  const premi = createPremiService({ db, audit, clock });

  await app.register(
    async (api) => {
      await api.register(authRoutes(auth, { secureCookies: config.secureCookies, loginRateLimitPerMinute: config.loginRateLimitPerMinute }));
      await api.register(orgUnitsRoutes(units));
      await api.register(usersRoutes(users));
      await api.register(auditLogRoutes(auditLog));
      await api.register(directivesRoutes(directives));
      await api.register(notificationsRoutes(notifications));
      await api.register(filesRoutes(files, { uploadLimitBytes: config.uploadLimitBytes }));
      await api.register(uploadsRoutes(uploads));
      await api.register(meetingsRoutes(meetings));
      await api.register(requestsRoutes(assignmentRequests, worklist));
      await api.register(directiveExportRoutes(directiveExports));
      await api.register(overviewRoutes(overview));
      await api.register(campaignsRoutes(campaigns));
      await api.register(campaignReadRoutes(campaignReads));
      await api.register(incidentsRoutes(incidents));
      await api.register(incidentReadRoutes(incidentReads));
      await api.register(incidentCatalogueRoutes(incidentCatalogue));
      await api.register(programmeFiguresRoutes(programmeFigures));
      await api.register(outcomesRoutes(outcomes));
      await api.register(communityRoutes(community));
      await api.register(programmesRoutes(programmes));
      await api.register(attendanceRoutes(attendanceService));
      await api.register(inmatesRoutes(inmates));
      await api.register(productsRoutes(productsModule));
      await api.register(stageRequestsRoutes(productsModule));
      await api.register(catalogueRoutes(catalogue, { orderRateLimitPerMinute: config.loginRateLimitPerMinute }));
      await api.register(orderRequestsRoutes(orderRequests));
      await api.register(cooperativeRoutes(cooperative));
      await api.register(batchesRoutes(batches));
      await api.register(salesRoutes(sales, splitRules));
      await api.register(premiRoutes(premi));
    },
    { prefix: '/api/v1' },
  );

  const webDist = config.webDist ?? DEFAULT_WEB_DIST;
  if (hasWebBuild(webDist)) await registerWebApp(app, webDist);
  return app;
}
