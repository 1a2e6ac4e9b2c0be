// A year of pembinaan on a national register, generated set-wise in SQL (no row leaves the server): inmates
// spread evenly over the UPTs, a few programmes per UPT, several sessions a week and a roster of inmates per
// programme. Ids are derived from the generating numbers (md5 → uuid), so attendance rows name their session and
// inmate without a join, and an inmate's stay is a function of its number.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../src/platform/db/index.js';
import { selectRows } from '../src/national/national-units.js';

export type ProgrammeDatasetShape = {
  inmates: number;
  programmesPerUpt: number;
  sessionsPerWeek: number;
  rosterSize: number;
  /** The last day of the generated year (the UPTs' local dates). */
  lastDay: string;
};
export type ProgrammeDataset = {
  upts: number;
  inmates: number;
  programmes: number;
  sessions: number;
  attendance: number;
  seconds: Record<'inmates' | 'programmes' | 'sessions' | 'attendance' | 'analyze', number>;
};

const CATEGORIES = [
  ['kemandirian', 'manufaktur'],
  ['kepribadian', 'keagamaan'],
  ['kemandirian', 'agribisnis'],
  ['kepribadian', 'intelektual'],
  ['kemandirian', 'jasa'],
  ['kepribadian', 'kesadaran_berbangsa'],
];

const uuidOf = (text: ReturnType<typeof sql>) => sql`md5(${text})::uuid`;

/** Runs a bulk insert with replication-role triggers off when allowed (superuser), else as it is. */
async function withoutTriggers(db: Db, statement: SQL): Promise<void> {
  const [role] = await selectRows<{ superuser: boolean }>(db, sql`select rolsuper as superuser from pg_roles where rolname = current_user`);
  if (!role?.superuser) {
    await db.execute(statement);
    return;
  }
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(statement);
  });
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return (performance.now() - started) / 1000;
}

/** Builds the dataset on a database that has the units (real and synthetic) and an admin account. */
export async function addProgrammeDataset(db: Db, shape: ProgrammeDatasetShape): Promise<ProgrammeDataset> {
  const [meta] = await selectRows<{ upts: number; admin: string }>(
    db,
    sql`select (select count(*)::int from org_units where kind = 'upt') as upts,
               (select id::text from users where username = 'admin') as admin`,
  );
  const upts = meta?.upts ?? 0;
  const admin = meta?.admin ?? '00000000-0000-0000-0000-000000000000';
  const first = sql`(${shape.lastDay}::date - 364)`;
  // UPT number k (0-based) in path order.
  const numbered = sql`(select id, path, (row_number() over (order by path) - 1)::int as k from org_units where kind = 'upt')`;
  // Inmate n lives at UPT n % upts with local rank n / upts; most stay all year, some arrive or leave within it.
  const entry = sql`case when n % 7 <> 0 then ${first} - (200 + n % 500)
                        when n % 2 = 0 then ${first} + n % 300 else ${first} - 100 end`;
  const exit = sql`case when n % 7 = 0 and n % 2 = 1 then ${first} + n % 330 end`;
  const inmateId = (n: ReturnType<typeof sql>) => uuidOf(sql`'bench-inmate-' || ${n}`);

  const seconds = {
    inmates: await timed(() =>
      db.execute(sql`
        insert into inmates (id, unit_id, unit_path, registration_number, name, pseudonym, sex, birth_year, category,
                             status, entry_date, exit_date)
        select ${inmateId(sql`n`)}, u.id, u.path, 'BENCH/' || n, 'Warga Binaan ' || n,
               'WB-' || upper(lpad(to_hex(n), 6, '0')), case when n % 10 < 1 then 'P' else 'L' end, 1960 + n % 45,
               case when n % 5 = 0 then 'tahanan' else 'narapidana' end,
               case when ${exit} is null then 'aktif' else 'bebas' end, ${entry}, ${exit}
        from generate_series(0, ${shape.inmates - 1}) as n
        join ${numbered} u on u.k = n % ${upts}`),
    ),
    programmes: await timed(() =>
      db.execute(sql`
        insert into programmes (id, unit_id, unit_path, name, track, category, place, capacity, start_date, end_date,
                                timetable, created_by_user_id)
        select ${uuidOf(sql`'bench-programme-' || u.k || '-' || j`)}, u.id, u.path, 'Program ' || (j + 1),
               (${sql.raw(`array['${CATEGORIES.map((c) => c[0]).join("','")}']`)})[1 + j % ${CATEGORIES.length}],
               (${sql.raw(`array['${CATEGORIES.map((c) => c[1]).join("','")}']`)})[1 + j % ${CATEGORIES.length}],
               'Aula', ${shape.rosterSize}, ${first}, ${shape.lastDay}::date, '[]'::jsonb, ${admin}::uuid
        from ${numbered} u cross join generate_series(0, ${shape.programmesPerUpt - 1}) as j`),
    ),
    // Programme j meets on weekday (j + s) % 6 of week w, 08:00 + 2 h per slot s; now and then one is cancelled.
    sessions: await timed(() =>
      db.execute(sql`
        insert into programme_sessions (id, programme_id, unit_path, date, start, "end", starts_at, ends_at, hours, cancelled)
        select ${uuidOf(sql`'bench-session-' || u.k || '-' || j || '-' || w || '-' || s`)},
               ${uuidOf(sql`'bench-programme-' || u.k || '-' || j`)}, u.path, d.day,
               lpad((8 + 2 * s)::text, 2, '0') || ':00', lpad((10 + 2 * s)::text, 2, '0') || ':00',
               d.day + make_interval(hours => 8 + 2 * s) - interval '7 hours',
               d.day + make_interval(hours => 10 + 2 * s) - interval '7 hours', 2, (w * 7 + j + s) % 97 = 0
        from ${numbered} u
        cross join generate_series(0, ${shape.programmesPerUpt - 1}) as j
        cross join generate_series(0, 51) as w
        cross join generate_series(0, ${shape.sessionsPerWeek - 1}) as s
        cross join lateral (select ${first} + w * 7 + (j + s) % 6 as day) d
        where d.day <= ${shape.lastDay}::date`),
    ),
    // Each programme's roster: ranks j·R … j·R+R−1 of its UPT, present at a session when staying that day.
    // The ids are right by construction, so foreign-key triggers are skipped when the role may (superuser).
    attendance: await timed(() =>
      withoutTriggers(db, sql`
        insert into attendance (session_id, inmate_id, status, reason_code, recorded_by_user_id, recorded_at)
        select ${uuidOf(sql`'bench-session-' || u.k || '-' || j || '-' || w || '-' || s`)}, ${inmateId(sql`n`)},
               st.status, case st.status when 'hadir' then null when 'izin' then 'kunjungan_keluarga'
                                         when 'sakit' then 'rawat_klinik' else 'tanpa_keterangan' end,
               ${admin}::uuid, d.day + interval '12 hours'
        from ${numbered} u
        cross join generate_series(0, ${shape.programmesPerUpt - 1}) as j
        cross join generate_series(0, 51) as w
        cross join generate_series(0, ${shape.sessionsPerWeek - 1}) as s
        cross join lateral (select ${first} + w * 7 + (j + s) % 6 as day) d
        cross join generate_series(0, ${shape.rosterSize - 1}) as r
        cross join lateral (select u.k + ${upts} * (j * ${shape.rosterSize} + r) as n) m
        cross join lateral (select case when (n * 7 + w * 13 + s * 3) % 100 < 85 then 'hadir'
                                        when (n * 7 + w * 13 + s * 3) % 100 < 92 then 'izin'
                                        when (n * 7 + w * 13 + s * 3) % 100 < 96 then 'sakit' else 'alpa' end as status) st
        where d.day <= ${shape.lastDay}::date and n < ${shape.inmates}
          and d.day >= ${entry} and (${exit} is null or d.day <= ${exit})`),
    ),
    analyze: await timed(() => db.execute(sql`vacuum (analyze) inmates, programmes, programme_sessions, attendance, org_units`)),
  };
  const [counts] = await selectRows<Omit<ProgrammeDataset, 'upts' | 'seconds'>>(
    db,
    sql`select (select count(*)::int from inmates) as inmates, (select count(*)::int from programmes) as programmes,
               (select count(*)::int from programme_sessions) as sessions, (select count(*)::int from attendance) as attendance`,
  );
  return { upts, inmates: 0, programmes: 0, sessions: 0, attendance: 0, ...counts, seconds };
}
