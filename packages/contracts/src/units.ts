import { z } from 'zod';
import { PageQuerySchema, pageOf } from './paging.js';

export const UNIT_KINDS = ['ministry', 'hq', 'kanwil', 'upt'] as const;
export const UnitKindSchema = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof UnitKindSchema>;

export const UPT_TYPES = ['LAPAS', 'RUTAN', 'CABRUTAN', 'LPKA', 'LPAS', 'BAPAS', 'RUPBASAN'] as const;
export const UptTypeSchema = z.enum(UPT_TYPES);
export type UptType = z.infer<typeof UptTypeSchema>;

export const UNIT_VARIANTS = ['UMUM', 'PEREMPUAN', 'NARKOTIKA', 'KHUSUS', 'TERBUKA', 'PEMUDA', 'ANAK'] as const;
export const UnitVariantSchema = z.enum(UNIT_VARIANTS);

export const UNIT_CLASSES = ['I', 'IIA', 'IIB', 'III', 'II'] as const;
export const UnitClassSchema = z.enum(UNIT_CLASSES);

export const TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export const TimeZoneSchema = z.enum(TIME_ZONES);
export type TimeZone = z.infer<typeof TimeZoneSchema>;

export const UnitSchema = z.object({
  id: z.uuid(),
  kind: UnitKindSchema,
  code: z.string(),
  name: z.string(),
  type: UptTypeSchema.nullable(),
  variant: UnitVariantSchema.nullable(),
  class: UnitClassSchema.nullable(),
  parentId: z.uuid().nullable(),
  kanwilId: z.uuid().nullable(),
  path: z.string(),
  city: z.string().nullable(),
  province: z.string().nullable(),
  timezone: TimeZoneSchema,
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  capacity: z.number().int().nullable(),
  occupants: z.number().int().nullable(),
  figuresAsOf: z.string().nullable(),
  provenance: z.string().nullable(),
});
export type Unit = z.infer<typeof UnitSchema>;

export const UnitClassChangeSchema = z.object({
  class: UnitClassSchema.nullable(),
  effectiveFrom: z.string(),
  note: z.string().nullable(),
});

export const UnitDetailSchema = UnitSchema.extend({
  parentName: z.string().nullable(),
  occupancyPercent: z.number().nullable(),
  classHistory: z.array(UnitClassChangeSchema),
  childCount: z.number().int(),
});
export type UnitDetail = z.infer<typeof UnitDetailSchema>;

export const ListUnitsQuerySchema = PageQuerySchema.extend({
  kind: UnitKindSchema.optional(),
  type: UptTypeSchema.optional(),
  variant: UnitVariantSchema.optional(),
  kanwilId: z.uuid().optional(),
  q: z.string().trim().max(100).optional(),
}).strict();
export type ListUnitsQuery = z.infer<typeof ListUnitsQuerySchema>;

export const UnitPageSchema = pageOf(UnitSchema);
export type UnitPage = z.infer<typeof UnitPageSchema>;

export type UnitTreeNode = {
  id: string;
  kind: UnitKind;
  name: string;
  type: UptType | null;
  children: UnitTreeNode[];
};
export const UnitTreeNodeSchema: z.ZodType<UnitTreeNode> = z.lazy(() =>
  z.object({
    id: z.uuid(),
    kind: UnitKindSchema,
    name: z.string(),
    type: UptTypeSchema.nullable(),
    children: z.array(UnitTreeNodeSchema),
  }),
);
export const UnitTreeSchema = z.object({ roots: z.array(UnitTreeNodeSchema) });
