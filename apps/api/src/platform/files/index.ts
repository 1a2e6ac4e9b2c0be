export { createFilesService, type FilesService } from './files.service.js';
export { filesRoutes } from './files.routes.js';
export { files, type FileExif } from './files.table.js';
export { findFiles, type FileRow } from './files.queries.js';
export { toStoredFile } from './files.mappers.js';
