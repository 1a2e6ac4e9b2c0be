// Directives issued today to every UPT with every follow-up still open: material for report submissions under
// load (each follow-up takes one report). Written set-wise in SQL like the national dataset.
import { sql } from 'drizzle-orm';
import type { Db } from '../src/platform/db/index.js';
import { hqIssuer } from '../src/national/national-directives.js';

export const OPEN_REFERENCE_PREFIX = 'BENCH-LAPOR/';
/** The title of each of these directives starts so (lists carry the title, not the reference). */
export const OPEN_TITLE_PREFIX = 'Arahan uji beban ';
/** A body every open follow-up accepts. */
export const OPEN_REPORT_BODY = { values: { activities: 3, people: 40 }, narrative: 'Kegiatan telah dilaksanakan sesuai arahan.' };

const METRICS = [
  { key: 'activities', name: 'Kegiatan dilaksanakan', unit: 'kegiatan', type: 'integer', targetPerUnit: 3, rollup: 'sum' },
  { key: 'people', name: 'Orang terlibat', unit: 'orang', type: 'integer', rollup: 'sum' },
];

/** Adds `directives` directives from HQ, verified by the Kanwil, each with one open follow-up per UPT. */
export async function addOpenFollowUps(db: Db, opts: { directives: number; now: Date }): Promise<void> {
  const issuer = await hqIssuer(db, 'open follow-ups');
  const now = opts.now.toISOString();
  await db.execute(sql`
    insert into directives (id, status, reference, source, title, body, category, tags, priority, target, metrics,
                            evidence, due, verified_by, issuer_unit_id, issuer_unit_path, issuer_user_id,
                            issuer_position_id, issuer_position_title, issued_at, created_at, updated_at)
    select gen_random_uuid(), 'issued', ${OPEN_REFERENCE_PREFIX} || n, 'letter', ${OPEN_TITLE_PREFIX} || n,
           'Arahan untuk uji beban pelaporan.', 'Umum', '[]'::jsonb, 'normal', '{"mode":"filter"}'::jsonb,
           ${JSON.stringify(METRICS)}::jsonb, '{"minPhotos":0,"minDocuments":0,"geotagRequired":false}'::jsonb,
           jsonb_build_object('local', to_char(${now}::timestamptz + interval '14 days', 'YYYY-MM-DD"T"16:00'), 'zone', 'unit'),
           'kanwil', ${issuer.unit_id}, ${issuer.path}, ${issuer.user_id}, ${issuer.position_id}, ${issuer.title},
           ${now}::timestamptz, ${now}::timestamptz, ${now}::timestamptz
    from generate_series(1, ${opts.directives}) as n`);
  await db.execute(sql`
    insert into assignments (id, directive_id, unit_id, unit_path, role, status, window_start, due_at, created_at, updated_at)
    select gen_random_uuid(), d.id, u.id, u.path, case when u.kind = 'upt' then 'follow_up' else 'verify' end,
           'belum_dimulai', d.issued_at, d.issued_at + interval '14 days', d.issued_at, d.issued_at
    from directives d cross join org_units u
    where d.reference like ${OPEN_REFERENCE_PREFIX + '%'} and u.kind in ('upt', 'kanwil')`);
  await db.execute(sql`analyze directives, assignments`);
}
