import { eq } from 'drizzle-orm';
import { CreateDirectiveBodySchema, type CreateCampaignBody, type Metric, type UpdateCampaignBody } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import { auditActor, can, type Principal } from '../../platform/auth/principal.js';
import type { DirectivesService } from '../directives/index.js';
import { campaigns } from './campaigns.table.js';
import * as q from './campaigns.queries.js';
import { toCampaign } from './campaigns.mappers.js';
import { canManage } from './campaigns.policy.js';
import { addDays, addMonths } from './campaigns.time.js';
import * as errors from './campaigns.errors.js';
import { forbidden } from '../../platform/http/errors.js';

export type CampaignsService = ReturnType<typeof createCampaignsService>;
export type CampaignsDeps = { db: Db; audit: Audit; clock: () => Date; directivesOn: (db: Db) => DirectivesService };

const MONITORING_METRICS: Metric[] = [
  { key: 'hidup', name: 'Hidup', type: 'integer', rollup: 'sum' },
  { key: 'mati', name: 'Mati', type: 'integer', rollup: 'sum' },
  { key: 'disulam', name: 'Disulam (ditanam ulang)', type: 'integer', rollup: 'sum' },
];

export function createCampaignsService(deps: CampaignsDeps) {
  const { db, audit, clock, directivesOn } = deps;
  const scopeOf = (p: Principal) => p.position.unitPath;

  async function load(principal: Principal, id: string) {
    const view = await q.findCampaign(db, scopeOf(principal), id);
    if (!view) throw errors.campaignNotFound();
    return view;
  }

  /**
   * Announces a campaign: its directive goes out to every target unit at once, and when monitoring is
   * asked for, a second directive whose windows fall +N months after the event asks each unit for survival counts.
   */
  async function create(principal: Principal, body: CreateCampaignBody) {
    if (!can(principal, 'campaigns:manage') || !can(principal, 'directives:issue')) throw forbidden('Jabatan Anda tidak berwenang membuat gerakan serentak.');
    const id = await db.transaction(async (tx) => {
      const directives = directivesOn(tx);
      const common = {
        source: 'instruction' as const,
        reference: body.reference,
        category: 'Gerakan serentak',
        tags: ['gerakan-serentak'],
        priority: 'high' as const,
        target: body.target,
        verifiedBy: body.verifiedBy,
      };
      const main = await directives.create(
        principal,
        CreateDirectiveBodySchema.parse({
          ...common,
          title: body.title,
          body: body.body,
          metrics: body.metrics,
          evidence: { minPhotos: body.minPhotos, minDocuments: 0, geotagRequired: false },
          due: body.reportDue ?? { local: `${addDays(body.eventDate, 1)}T12:00`, zone: 'unit' },
        }),
      );
      await directives.issue(principal, main.id);
      let monitoringId: string | null = null;
      if (body.monitoringMonths.length > 0) {
        const dueDates = body.monitoringMonths.map((m) => addMonths(body.eventDate, m));
        const monitoring = await directives.create(
          principal,
          CreateDirectiveBodySchema.parse({
            ...common,
            title: `Pemantauan: ${body.title}`.slice(0, 200),
            body: `Laporkan jumlah ${body.quantityLabel} yang hidup, mati dan disulam di setiap lokasi, ${body.monitoringMonths.map((m) => `${m}`).join(', ')} bulan setelah pelaksanaan.`,
            metrics: MONITORING_METRICS,
            due: { local: `${dueDates[0]}T12:00`, zone: 'unit' },
            recurrence: { kind: 'custom', dueDates },
          }),
        );
        await directives.issue(principal, monitoring.id);
        monitoringId = monitoring.id;
      }
      const [row] = await tx
        .insert(campaigns)
        .values({
          directiveId: main.id,
          monitoringDirectiveId: monitoringId,
          targetMetricKeys: body.targetMetricKeys,
          areaMetricKey: body.areaMetricKey ?? null,
          quantityLabel: body.quantityLabel,
          eventDate: body.eventDate,
          windowStart: body.windowStart,
          windowEnd: body.windowEnd,
          nationalTarget: body.nationalTarget,
          minPerKanwil: body.minPerKanwil,
          geofenceRadiusM: body.geofenceRadiusM,
          monitoringMonths: body.monitoringMonths,
          publicPage: body.publicPage,
          issuerUnitId: principal.position.unitId,
          issuerUnitPath: principal.position.unitPath,
        })
        .returning();
      if (!row) throw new Error('campaign insert returned nothing');
      await audit.record(tx, auditActor(principal), {
        action: 'campaigns.created',
        subjectType: 'campaign',
        subjectId: row.id,
        unitId: principal.position.unitId,
        unitPath: principal.position.unitPath,
        summary: { title: body.title, eventDate: body.eventDate, nationalTarget: body.nationalTarget, directiveId: main.id },
      });
      return row.id;
    });
    return get(principal, id);
  }

  async function list(principal: Principal) {
    const now = clock();
    return { items: (await q.listCampaigns(db, scopeOf(principal))).map((v) => toCampaign(v, principal, now)) };
  }

  async function get(principal: Principal, id: string) {
    return toCampaign(await load(principal, id), principal, clock());
  }

  /** Settings that may change after the announcement: the public page, the geofence radius and the targets. */
  async function update(principal: Principal, id: string, changes: UpdateCampaignBody) {
    const view = await load(principal, id);
    if (!canManage(principal, view.issuerUnitPath)) throw errors.cannotManage();
    await db.transaction(async (tx) => {
      await tx.update(campaigns).set(changes).where(eq(campaigns.id, id));
      await audit.record(tx, auditActor(principal), {
        action: 'campaigns.updated',
        subjectType: 'campaign',
        subjectId: id,
        unitId: view.campaign.issuerUnitId,
        unitPath: view.campaign.issuerUnitPath,
        summary: { before: Object.fromEntries(Object.keys(changes).map((k) => [k, view.campaign[k as keyof typeof changes]])), after: changes },
      });
    });
    return get(principal, id);
  }

  return { load, create, list, get, update };
}
