import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ListNotificationsQuerySchema, NotificationPageSchema, NotificationSchema, ReadAllResultSchema } from '@selaras/contracts';
import { requirePrincipal } from '../../platform/access/access.js';
import type { NotificationsService } from './notifications.service.js';

const own = { access: { authenticated: true } } as const;

export function notificationsRoutes(service: NotificationsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/notifications',
      { schema: { tags: ['notifications'], querystring: ListNotificationsQuerySchema, response: { 200: NotificationPageSchema } }, config: own },
      async (req) => service.list(requirePrincipal(req.principal), req.query),
    );

    app.post(
      '/notifications/:id/read',
      { schema: { tags: ['notifications'], params: z.object({ id: z.uuid() }), response: { 200: NotificationSchema } }, config: own },
      async (req) => service.read(requirePrincipal(req.principal), req.params.id),
    );

    app.post(
      '/notifications/read-all',
      { schema: { tags: ['notifications'], response: { 200: ReadAllResultSchema } }, config: own },
      async (req) => service.readAll(requirePrincipal(req.principal)),
    );
  };
}
