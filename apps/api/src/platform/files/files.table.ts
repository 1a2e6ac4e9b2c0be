import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { FileKind } from '@selaras/contracts';
import { idColumn } from '../db/columns.js';

/** What a photo says about itself; every field is null when the file does not carry it. */
export type FileExif = {
  lat: number | null;
  lon: number | null;
  takenAt: string | null;
  /** EXIF ModifyDate, same format as `takenAt`; absent on rows stored before it was read. */
  modifiedAt?: string | null;
  make: string | null;
  model: string | null;
  software: string | null;
};

/**
 * Metadata of an uploaded file; the bytes live in the blob store under their sha256. One row per
 * unit and content: the same bytes uploaded again by the same unit are the same file.
 */
export const files = pgTable(
  'files',
  {
    id: idColumn(),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    mime: text('mime').notNull(),
    name: text('name').notNull(),
    kind: text('kind').$type<FileKind>().notNull(),
    ownerUnitId: uuid('owner_unit_id').notNull(),
    ownerUnitPath: text('owner_unit_path').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id').notNull(),
    uploadedByPositionId: uuid('uploaded_by_position_id').notNull(),
    exif: jsonb('exif').$type<FileExif>(),
    thumbnail: boolean('thumbnail').notNull().default(false),
    /** 64-bit DCT perceptual hash of a photo (signed, as bigint stores it); near copies differ in few bits. */
    phash: bigint('phash', { mode: 'bigint' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('files_owner_unit_sha256').on(t.ownerUnitId, t.sha256),
    index('files_owner_unit_path_idx').using('btree', t.ownerUnitPath.op('text_pattern_ops')),
  ],
);
