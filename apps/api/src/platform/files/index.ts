export { createFilesService, type FilesService } from './files.service.js';
export { filesRoutes } from './files.routes.js';
export { files, type FileExif } from './files.table.js';
export { findFiles, findSimilarPhotos, SIMILAR_PHOTO_MAX_DISTANCE, type FileRow, type SimilarPhoto } from './files.queries.js';
export { toStoredFile } from './files.mappers.js';
export { photoFlags, zoneLabel, type PhotoCheckInput } from './files.checks.js';
export type { PhotoCheckContext } from './files.integrity.js';
export { hammingDistance, perceptualHash } from './files.phash.js';
