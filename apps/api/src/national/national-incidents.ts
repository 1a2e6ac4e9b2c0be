import { sql } from 'drizzle-orm';
import type { Db } from '../platform/db/index.js';
import { selectRows } from './national-units.js';

const INCIDENTS_PER_UPT = 6;

/**
 * A year of ordinary Kamtib incidents at every UPT, written set-wise in SQL: kinds and severities from the
 * catalogue (mostly the milder ones), pinned to the SOP version in force when they occurred, numbered after the
 * year's last number, each with its "reported" event; those older than a month are closed. Returns the count.
 */
export async function addNationalIncidents(db: Db, opts: { now: Date }): Promise<number> {
  const [meta] = await selectRows<{ admin: string | null }>(db, sql`select id::text as admin from users where username = 'admin'`);
  if (!meta?.admin) throw new Error('the national incidents need the demo admin account');
  const now = sql`${opts.now.toISOString()}::timestamptz`;
  const numbered = sql`(select id, path, (row_number() over (order by path) - 1)::int as k from org_units where kind = 'upt')`;
  const categories = sql`(select id, serious, (row_number() over (order by sort_order, code) - 1)::int as c,
                                 count(*) over ()::int as n from incident_categories where active)`;
  const severities = sql`(select code, rank, (row_number() over (order by rank) - 1)::int as s from incident_severities where active)`;
  await db.execute(sql`
    insert into incidents (id, client_id, number, unit_id, unit_path, category_id, severity, severity_rank, serious,
                           sop_version_id, status, occurred_at, reported_at, location, description, counters, involved,
                           reported_by_user_id, reported_by_name, closed_at, closed_by_name, last_update_at)
    select md5('national-incident-' || x.k || '-' || x.i)::uuid, md5('national-incident-client-' || x.k || '-' || x.i)::uuid,
           'KAMTIB-' || x.yr || '-' || lpad((coalesce(last.n, 0) + row_number() over (partition by x.yr order by x.occurred, x.k, x.i))::text, 6, '0'),
           x.unit_id, x.path, cat.id, sev.code, sev.rank, cat.serious,
           (select v.id from incident_sop_versions v where v.category_id = cat.id and v.active_from <= x.occurred
            order by v.active_from desc limit 1),
           case when x.occurred < ${now} - interval '30 days' then 'ditutup' else 'ditangani' end,
           x.occurred, x.occurred + interval '20 minutes', 'Blok hunian', 'Gangguan ringan di blok hunian (dataset nasional sintetis).',
           '{}'::jsonb, jsonb_build_object('inmates', 2 + x.i, 'officers', 1, 'others', 0, 'injured', x.i % 2, 'dead', 0),
           ${meta.admin}::uuid, 'Petugas Pengamanan',
           case when x.occurred < ${now} - interval '30 days' then x.occurred + interval '9 days' end,
           case when x.occurred < ${now} - interval '30 days' then 'Kepala Kanwil' end, x.occurred + interval '2 days'
    from (select u.id as unit_id, u.path, u.k, i, ${now} - make_interval(days => (u.k * 7 + i * 61) % 365, hours => (u.k + i) % 24) as occurred,
                 extract(year from ${now} - make_interval(days => (u.k * 7 + i * 61) % 365, hours => (u.k + i) % 24))::int as yr
          from ${numbered} u cross join generate_series(0, ${INCIDENTS_PER_UPT - 1}) as i) x
    join ${categories} cat on cat.c = (x.k + x.i * 3) % cat.n
    join ${severities} sev on sev.s = case when (x.k + x.i) % 10 = 0 then 1 else 0 end
    left join lateral (select max(substring(number from 13)::int) as n from incidents
                       where number like 'KAMTIB-' || x.yr || '-%') last on true`);
  await db.execute(sql`
    insert into incident_events (id, incident_id, kind, at, by_user_id, by_name, summary)
    select md5('national-incident-event-' || i.id)::uuid, i.id, 'reported', i.reported_at, i.reported_by_user_id,
           i.reported_by_name, 'Laporan awal diterima'
    from incidents i where i.description like '%dataset nasional sintetis%'`);
  await db.execute(sql`analyze incidents, incident_events`);
  const [count] = await selectRows<{ n: number }>(db, sql`select count(*)::int as n from incidents where description like '%dataset nasional sintetis%'`);
  return count?.n ?? 0;
}
