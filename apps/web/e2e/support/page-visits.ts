import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../api/src/platform/db/index.js';
import { orgUnits } from '../../../api/src/modules/org-units/org-units.table.js';
import { assignments, directives } from '../../../api/src/modules/directives/directives.table.js';
import { campaigns } from '../../../api/src/modules/campaigns/campaigns.table.js';
import { incidents } from '../../../api/src/modules/incidents/incidents.table.js';
import { meetings } from '../../../api/src/modules/meetings/meetings.table.js';
import { inmates, programmes } from '../../../api/src/modules/programmes/programmes.table.js';
import { products } from '../../../api/src/modules/products/products.table.js';
import { sales } from '../../../api/src/modules/cooperative/cooperative.table.js';

/** The demo unit most demo accounts sit in. */
const LPP_TANGERANG = 'lapas-perempuan-kelas-iia-tangerang';

export type RouteParams = Record<string, string>;

async function first<T>(rows: Promise<T[]>, what: string): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error(`the demo data has no ${what}`);
  return row;
}

/** Real ids from the demo data for every `$param` of the router, each one its account may open. */
export async function demoRouteParams(db: Db): Promise<RouteParams> {
  const lpp = await first(
    db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, LPP_TANGERANG)),
    'LPP Tangerang',
  );
  const directive = await first(
    db
      .select({ id: directives.id })
      .from(directives)
      .where(eq(directives.status, 'issued'))
      .orderBy(asc(directives.createdAt))
      .limit(1),
    'issued directive',
  );
  const assignment = await first(
    db
      .select({ id: assignments.id })
      .from(assignments)
      .where(and(eq(assignments.unitId, lpp.id), eq(assignments.role, 'follow_up')))
      .limit(1),
    'follow-up at LPP Tangerang',
  );
  const campaign = await first(
    db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.publicPage, true)).limit(1),
    'public campaign',
  );
  const incident = await first(
    db.select({ id: incidents.id }).from(incidents).where(eq(incidents.unitId, lpp.id)).limit(1),
    'incident at LPP Tangerang',
  );
  const meeting = await first(db.select({ id: meetings.id }).from(meetings).limit(1), 'meeting');
  const programme = await first(
    db.select({ id: programmes.id }).from(programmes).where(eq(programmes.unitId, lpp.id)).limit(1),
    'programme at LPP Tangerang',
  );
  const inmate = await first(
    db.select({ id: inmates.id }).from(inmates).where(eq(inmates.unitId, lpp.id)).limit(1),
    'inmate at LPP Tangerang',
  );
  const product = await first(
    db
      .select({ id: products.id })
      .from(products)
      .where(and(eq(products.unitId, lpp.id), inArray(products.stage, ['siap_pasar', 'unggulan'])))
      .limit(1),
    'market-ready product at LPP Tangerang',
  );
  const sale = await first(
    db.select({ id: sales.id }).from(sales).where(eq(sales.unitId, lpp.id)).limit(1),
    'sale at LPP Tangerang',
  );
  return {
    unitId: lpp.id,
    directiveId: directive.id,
    assignmentId: assignment.id,
    campaignId: campaign.id,
    incidentId: incident.id,
    meetingId: meeting.id,
    programmeId: programme.id,
    inmateId: inmate.id,
    productId: product.id,
    saleId: sale.id,
  };
}

/** The address of a router path with its `$param` segments filled in. */
export function hrefOf(route: string, params: RouteParams): string {
  return route.replace(/\$(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (!value) throw new Error(`no demo id for $${name} in ${route}`);
    return value;
  });
}
