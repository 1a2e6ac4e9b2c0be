import { z } from 'zod';
import { RoleSchema } from './roles.js';
import { TimeZoneSchema, UnitKindSchema } from './units.js';

export const LoginBodySchema = z
  .object({
    username: z.string().trim().min(1).max(64),
    password: z.string().min(1).max(256),
  })
  .strict();
export type LoginBody = z.infer<typeof LoginBodySchema>;

export const PositionSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  role: RoleSchema,
  unitId: z.uuid(),
  unitName: z.string(),
  unitKind: UnitKindSchema,
  unitTimezone: TimeZoneSchema,
});
export type Position = z.infer<typeof PositionSchema>;

export const MeSchema = z.object({
  user: z.object({
    id: z.uuid(),
    username: z.string(),
    name: z.string(),
    email: z.string().nullable(),
  }),
  position: PositionSchema,
  positions: z.array(PositionSchema),
  permissions: z.array(z.string()),
  /** Sent back in the X-CSRF-Token header on every cookie-authenticated write. */
  csrfToken: z.string(),
  sessionExpiresAt: z.string(),
});
export type Me = z.infer<typeof MeSchema>;

export const SwitchPositionBodySchema = z.object({ positionId: z.uuid() }).strict();

export const ChangePasswordBodySchema = z
  .object({
    currentPassword: z.string().min(1).max(256),
    newPassword: z.string().min(10, 'Kata sandi baru minimal 10 karakter').max(256),
  })
  .strict();
export type ChangePasswordBody = z.infer<typeof ChangePasswordBodySchema>;

export const CreateApiTokenBodySchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    expiresInDays: z.number().int().min(1).max(365).default(90),
  })
  .strict();

export const ApiTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  positionId: z.uuid(),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export const CreatedApiTokenSchema = ApiTokenSchema.extend({ token: z.string() });
