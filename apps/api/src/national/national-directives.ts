import { sql } from 'drizzle-orm';
import type { Db } from '../platform/db/index.js';
import { selectRows } from './national-units.js';

export const NATIONAL_REFERENCE_PREFIX = 'NASIONAL/';

const METRICS = [
  {
    key: 'activities',
    name: 'Kegiatan dilaksanakan',
    unit: 'kegiatan',
    type: 'integer',
    targetPerUnit: 3,
    rollup: 'sum',
  },
  { key: 'people', name: 'Orang terlibat', unit: 'orang', type: 'integer', rollup: 'sum' },
];

type Issuer = { unit_id: string; path: string; user_id: string; position_id: string; title: string };

/** The first HQ position, in whose name generated directives are issued. */
export async function hqIssuer(db: Db, purpose: string): Promise<Issuer> {
  const [issuer] = await selectRows<Issuer>(
    db,
    sql`
      select u.id as unit_id, u.path, p.user_id, p.id as position_id, p.title
      from org_units u join positions p on p.unit_id = u.id
      where u.kind = 'hq' order by p.created_at limit 1`,
  );
  if (!issuer) throw new Error(`${purpose} needs an HQ position (seed the demo accounts first)`);
  return issuer;
}

export type NationalDirectivesResult = { directives: number; assignments: number; reports: number };

/**
 * Two years of directives to every UPT, issued by HQ, with follow-ups in every state and report
 * histories (returned and resubmitted versions), written set-wise in SQL so a million rows take seconds.
 * Deterministic: each row's state comes from a hash of its ids, not from a random generator.
 */
export async function addNationalDirectives(
  db: Db,
  opts: { count: number; now: Date },
): Promise<NationalDirectivesResult> {
  const issuer = await hqIssuer(db, 'the national dataset');
  const now = opts.now.toISOString();
  await db.execute(sql`
    insert into directives (id, status, reference, source, title, body, category, tags, priority, target, metrics,
                            evidence, due, verified_by, issuer_unit_id, issuer_unit_path, issuer_user_id,
                            issuer_position_id, issuer_position_title, issued_at, created_at, updated_at)
    select gen_random_uuid(), 'issued', ${NATIONAL_REFERENCE_PREFIX} || n, 'letter',
           'Arahan nasional ' || n, 'Arahan nasional nomor ' || n || ' untuk seluruh UPT.', 'Umum',
           '["Program Akselerasi"]'::jsonb, (array['normal','high','urgent'])[1 + n % 3], '{"mode":"filter"}'::jsonb,
           ${JSON.stringify(METRICS)}::jsonb, '{"minPhotos":0,"minDocuments":0,"geotagRequired":false}'::jsonb,
           jsonb_build_object('local', to_char(issued + interval '14 days', 'YYYY-MM-DD"T"16:00'), 'zone', 'unit'),
           'kanwil', ${issuer.unit_id}, ${issuer.path}, ${issuer.user_id}, ${issuer.position_id}, ${issuer.title},
           issued, issued, issued
    from generate_series(1, ${opts.count}) as n,
         lateral (select ${now}::timestamptz - (interval '730 days') * (1 - n::float / ${opts.count}) as issued) i`);

  // Follow-ups: the older a directive, the further its units got.
  await db.execute(sql`
    insert into assignments (id, directive_id, unit_id, unit_path, role, status, window_start, due_at, latest_values,
                             reported_at, verified_at, created_at, updated_at)
    select gen_random_uuid(), d.id, u.id, u.path, 'follow_up', s.status, d.issued_at, d.issued_at + interval '14 days',
           case when s.status in ('belum_dimulai', 'dalam_proses') then null
                else jsonb_build_object('activities', h % 7, 'people', h % 240) end,
           case when s.status in ('belum_dimulai', 'dalam_proses') then null else d.issued_at + interval '10 days' end,
           case when s.status = 'terverifikasi' then d.issued_at + interval '13 days' end,
           d.issued_at, d.issued_at
    from directives d
    cross join org_units u
    cross join lateral (select abs(hashtext(d.id::text || u.id::text)) as h) hh
    cross join lateral (select case
        when d.issued_at + interval '14 days' > ${now}::timestamptz and h % 100 < 50 then 'belum_dimulai'
        when h % 100 < 55 then 'terverifikasi' when h % 100 < 70 then 'dilaporkan'
        when h % 100 < 75 then 'dikembalikan' when h % 100 < 80 then 'dilaporkan_ulang'
        when h % 100 < 85 then 'dalam_proses' else 'belum_dimulai' end as status) s
    where d.reference like ${NATIONAL_REFERENCE_PREFIX + '%'} and u.kind = 'upt'`);
  await db.execute(sql`
    insert into assignments (id, directive_id, unit_id, unit_path, role, status, window_start, due_at, created_at, updated_at)
    select gen_random_uuid(), d.id, k.id, k.path, 'verify', 'belum_dimulai', d.issued_at, d.issued_at + interval '21 days',
           d.issued_at, d.issued_at
    from directives d cross join org_units k
    where d.reference like ${NATIONAL_REFERENCE_PREFIX + '%'} and k.kind = 'kanwil'`);

  // Report histories: one to eight versions; every version but the last was returned.
  await db.execute(sql`
    insert into reports (id, assignment_id, version, values, narrative, submitted_at, submitted_by_user_id,
                         submitted_by_name, submitted_by_position_id, submitted_by_position, decision,
                         decision_reason, decided_at)
    select gen_random_uuid(), a.id, v, a.latest_values, 'Tindak lanjut telah dilaksanakan (versi ' || v || ').',
           a.reported_at - (versions - v) * interval '1 day', ${issuer.user_id}, 'Operator UPT', ${issuer.position_id},
           'Operator', case when v < versions then 'returned'
                            when a.status = 'terverifikasi' then 'verified' end,
           case when v < versions then 'Lampiran belum lengkap' end,
           case when v < versions then a.reported_at - (versions - v) * interval '1 day' + interval '6 hours'
                when a.status = 'terverifikasi' then a.verified_at end
    from assignments a
    join directives d on d.id = a.directive_id
    cross join lateral (select 1 + abs(hashtext(a.id::text)) % 8 as versions) vv
    cross join lateral generate_series(1, versions) as v
    where d.reference like ${NATIONAL_REFERENCE_PREFIX + '%'} and a.latest_values is not null`);

  const [counts] = await selectRows<NationalDirectivesResult>(
    db,
    sql`
      select (select count(*)::int from directives where reference like ${NATIONAL_REFERENCE_PREFIX + '%'}) as directives,
             (select count(*)::int from assignments a join directives d on d.id = a.directive_id
               where d.reference like ${NATIONAL_REFERENCE_PREFIX + '%'}) as assignments,
             (select count(*)::int from reports r join assignments a on a.id = r.assignment_id
               join directives d on d.id = a.directive_id where d.reference like ${NATIONAL_REFERENCE_PREFIX + '%'}) as reports`,
  );
  await db.execute(sql`analyze`);
  return counts ?? { directives: 0, assignments: 0, reports: 0 };
}
