import { index, integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { files } from '../../platform/files/files.table.js';
import { reports } from './directives.table.js';

/** The evidence files of a report version, in the order the unit attached them. */
export const reportAttachments = pgTable(
  'report_attachments',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.fileId] }), index('report_attachments_file_idx').on(t.fileId)],
);
