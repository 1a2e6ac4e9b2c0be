import { z } from 'zod';

export const FILE_KINDS = ['photo', 'document'] as const;
export const FileKindSchema = z.enum(FILE_KINDS);
export type FileKind = z.infer<typeof FileKindSchema>;

/** Mime types the file store accepts, decided from the bytes themselves, never from the client. */
export const ACCEPTED_MIME_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;
export const AcceptedMimeSchema = z.enum(ACCEPTED_MIME_TYPES);

/**
 * A stored file as the UI sees it: what it is, and for photos where and when it was taken
 * (`takenAt` is the camera's own clock, with its offset when the camera recorded one).
 */
export const StoredFileSchema = z.object({
  id: z.uuid(),
  kind: FileKindSchema,
  name: z.string(),
  size: z.number().int(),
  mime: AcceptedMimeSchema,
  hasGps: z.boolean(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  takenAt: z.string().nullable(),
  thumbnail: z.boolean(),
});
export type StoredFile = z.infer<typeof StoredFileSchema>;

/**
 * Why a photo deserves a second look. A flag never rejects a photo: the verifier reads the message
 * and decides. `detail` holds the measured facts (distance in metres, local capture time, similar files).
 */
export const PHOTO_FLAG_CODES = [
  'no_gps',
  'outside_geofence',
  'no_capture_time',
  'outside_window',
  'duplicate',
  'edited',
] as const;
export const PhotoFlagCodeSchema = z.enum(PHOTO_FLAG_CODES);
export type PhotoFlagCode = z.infer<typeof PhotoFlagCodeSchema>;

export const PhotoFlagSchema = z.object({
  code: PhotoFlagCodeSchema,
  message: z.string(),
  detail: z.record(z.string(), z.unknown()),
});
export type PhotoFlag = z.infer<typeof PhotoFlagSchema>;
