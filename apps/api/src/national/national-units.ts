import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../platform/db/index.js';

const TYPES = ['LAPAS', 'RUTAN', 'LAPAS', 'BAPAS', 'RUTAN', 'LPKA', 'RUPBASAN', 'CABRUTAN'];

/**
 * Tops the real unit list up with clearly labelled synthetic UPTs, spread evenly over the Kanwil,
 * until the country has `uptTotal` UPTs (the real network has 500+). Returns the UPT count.
 */
export async function addSyntheticUpts(db: Db, uptTotal: number): Promise<number> {
  const [existing] = await selectRows<{ upts: number; kanwils: number }>(
    db,
    sql`
    select (select count(*)::int from org_units where kind = 'upt') as upts,
           (select count(*)::int from org_units where kind = 'kanwil') as kanwils`,
  );
  const missing = Math.max(0, uptTotal - (existing?.upts ?? 0));
  const perKanwil = Math.ceil(missing / Math.max(1, existing?.kanwils ?? 1));
  if (perKanwil === 0) return existing?.upts ?? 0;
  await db.execute(sql`
    insert into org_units (id, kind, code, name, type, variant, class, parent_id, kanwil_id, path, city, province,
                           timezone, lat, lng, provenance)
    select gen_random_uuid(), 'upt', k.code || '-SIM-' || n,
           'UPT Simulasi ' || n || ' ' || coalesce(k.province, k.code),
           (${sql.raw(`array['${TYPES.join("','")}']`)})[1 + n % ${TYPES.length}], 'UMUM', 'IIB',
           k.id, k.id, k.path || lower(k.code) || '-sim-' || n || '/', k.city, k.province, k.timezone,
           k.lat + ((n % 7) - 3) * 0.08, k.lng + ((n % 5) - 2) * 0.1, 'dataset nasional sintetis'
    from org_units k cross join generate_series(1, ${perKanwil}) as n
    where k.kind = 'kanwil'
    on conflict do nothing`);
  const [after] = await selectRows<{ upts: number }>(
    db,
    sql`select count(*)::int as upts from org_units where kind = 'upt'`,
  );
  return after?.upts ?? 0;
}

/** Rows of a raw query, on node-postgres and on PGlite alike (both return `{ rows }`). */
export async function selectRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
