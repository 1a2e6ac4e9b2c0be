import { z } from 'zod';
import { PageQuerySchema, pageOf } from './paging.js';
import { RoleSchema } from './roles.js';
import { PositionSchema } from './auth.js';

export const NipSchema = z
  .string()
  .trim()
  .regex(/^\d{18}$/, 'NIP harus 18 angka');

/**
 * Indonesian mobile number as used for WhatsApp, typed as 08…, 628… or +628…, with or without
 * spaces and dashes; always comes out as +628….
 */
export const WhatsappSchema = z
  .string()
  .trim()
  .transform((s) => s.replace(/[\s().-]/g, ''))
  .pipe(z.string().regex(/^(\+62|62|0)8\d{7,12}$/, 'Nomor WhatsApp tidak valid (contoh 0812-3456-7890)'))
  .transform((s) => `+62${s.replace(/^(\+62|62|0)/, '')}`);

export const UsernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9._-]+$/, 'Nama pengguna hanya huruf kecil, angka, titik, garis bawah atau tanda hubung');

export const PasswordSchema = z.string().min(10, 'Kata sandi minimal 10 karakter').max(256);

export const UserSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  name: z.string(),
  nip: z.string().nullable(),
  email: z.string().nullable(),
  whatsapp: z.string().nullable(),
  active: z.boolean(),
  positions: z.array(PositionSchema),
  createdAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;

export const CreatePositionBodySchema = z
  .object({
    title: z.string().trim().min(2).max(200),
    role: RoleSchema,
    unitId: z.uuid(),
  })
  .strict();
export type CreatePositionBody = z.infer<typeof CreatePositionBodySchema>;

export const CreateUserBodySchema = z
  .object({
    username: UsernameSchema,
    name: z.string().trim().min(2).max(200),
    nip: NipSchema.optional(),
    email: z.email().max(200).optional(),
    whatsapp: WhatsappSchema.optional(),
    password: PasswordSchema,
    position: CreatePositionBodySchema,
  })
  .strict();
export type CreateUserBody = z.infer<typeof CreateUserBodySchema>;

export const UpdateUserBodySchema = z
  .object({
    name: z.string().trim().min(2).max(200).optional(),
    nip: NipSchema.nullable().optional(),
    email: z.email().max(200).nullable().optional(),
    whatsapp: WhatsappSchema.nullable().optional(),
    active: z.boolean().optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'isi minimal satu data yang diubah');
export type UpdateUserBody = z.infer<typeof UpdateUserBodySchema>;

export const ListUsersQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  unitId: z.uuid().optional(),
}).strict();

export const UserPageSchema = pageOf(UserSchema);
