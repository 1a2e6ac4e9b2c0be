import type {
  CreateSopVersionBody,
  EscalationRule,
  IncidentCatalogue,
  IncidentCategory,
  SaveEscalationRuleBody,
  SaveIncidentCategoryBody,
  SaveSeverityBody,
  Severity,
  SopVersion,
} from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Audit, AuditEventInput } from '../../platform/audit/audit.js';
import { auditActor, can, type Principal } from '../../platform/auth/principal.js';
import { uniqueViolation } from '../../platform/db/errors.js';
import { invalid } from '../../platform/http/errors.js';
import { findCategory } from './incident-catalogue.queries.js';
import * as q from './incident-catalogue.admin.queries.js';
import { toCategory, toRule, toSeverity, toSopVersion } from './incident-catalogue.mappers.js';
import { counterIssues, ruleSetIssues, sopStartsTooEarly } from './incident-catalogue.validation.js';
import * as errors from './incident-catalogue.errors.js';

export type IncidentCatalogueService = ReturnType<typeof createIncidentCatalogue>;
export type IncidentCatalogueDeps = { db: Db; audit: Audit; clock: () => Date };

type Change = { change: string } & Record<string, unknown>;

/** The fields of a category that differ between two versions of it, as { field: [before, after] }. */
function categoryDiff(before: IncidentCategory, after: IncidentCategory): Record<string, [unknown, unknown]> {
  const diff: Record<string, [unknown, unknown]> = {};
  for (const key of ['code', 'name', 'nameEn', 'serious', 'counters', 'active', 'sortOrder'] as const) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) diff[key] = [before[key], after[key]];
  }
  return diff;
}

/** The Kamtib catalogue: read by every reporting form, changed only by those who configure it. */
export function createIncidentCatalogue(deps: IncidentCatalogueDeps) {
  const { db, audit, clock } = deps;

  function record(
    tx: Db,
    principal: Principal,
    subjectType: string,
    subjectId: string | null,
    summary: Change,
  ): Promise<void> {
    const event: AuditEventInput = { action: 'incidents.catalogue_changed', subjectType, subjectId, summary };
    return audit.record(tx, auditActor(principal), event);
  }

  /** Turns a clash on the unique category code into a 409 instead of a 500. */
  async function guardCode<T>(code: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (uniqueViolation(error)) throw errors.categoryCodeTaken(code);
      throw error;
    }
  }

  function checkCounters(body: SaveIncidentCategoryBody): void {
    const issues = counterIssues(body.counters);
    if (issues.length > 0) throw errors.invalidCounters(issues);
  }

  /** Everything a form needs; inactive categories and severities only for those who configure them. */
  async function catalogue(principal: Principal): Promise<IncidentCatalogue> {
    const configure = can(principal, 'incidents:configure');
    const [categories, severities, sops, rules] = await Promise.all([
      q.listCategories(db, configure),
      q.listSeverities(db, configure),
      q.currentSopVersions(db, clock()),
      q.listRules(db),
    ]);
    const shown = new Set(categories.map((c) => c.id));
    const currentSop: Record<string, SopVersion> = {};
    for (const sop of sops) if (shown.has(sop.categoryId)) currentSop[sop.categoryId] = toSopVersion(sop);
    return {
      categories: categories.map(toCategory),
      severities: severities.map(toSeverity),
      currentSop,
      rules: rules.map(toRule),
      abilities: { configure },
    };
  }

  /** Adds a category; its code must be new and its derived counters must add up from its own typed ones. */
  async function createCategory(principal: Principal, body: SaveIncidentCategoryBody): Promise<IncidentCategory> {
    checkCounters(body);
    if (await q.findCategoryByCode(db, body.code)) throw errors.categoryCodeTaken(body.code);
    return guardCode(body.code, () =>
      db.transaction(async (tx) => {
        const category = toCategory(await q.insertCategory(tx, body));
        await record(tx, principal, 'incident_category', category.id, { change: 'category_created', category });
        return category;
      }),
    );
  }

  /** Changes a category; deactivating keeps it on the incidents that already use it. */
  async function updateCategory(
    principal: Principal,
    id: string,
    body: SaveIncidentCategoryBody,
  ): Promise<IncidentCategory> {
    checkCounters(body);
    const clash = await q.findCategoryByCode(db, body.code);
    if (clash && clash.id !== id) throw errors.categoryCodeTaken(body.code);
    return guardCode(body.code, () =>
      db.transaction(async (tx) => {
        const before = await q.lockCategory(tx, id);
        if (!before) throw errors.categoryNotFound();
        const updated = await q.updateCategory(tx, id, body, clock());
        if (!updated) throw errors.categoryNotFound();
        const category = toCategory(updated);
        const changed = categoryDiff(toCategory(before), category);
        if (Object.keys(changed).length > 0) {
          await record(tx, principal, 'incident_category', id, {
            change: 'category_updated',
            code: category.code,
            changed,
          });
        }
        return category;
      }),
    );
  }

  /** Adds or changes a severity level; the code in the address and in the body must agree. */
  async function saveSeverity(principal: Principal, code: string, body: SaveSeverityBody): Promise<Severity> {
    if (body.code !== code) {
      throw invalid('incidents.severity_code_mismatch', 'Kode keparahan pada alamat dan isi permintaan berbeda.', [
        { path: 'body.code', message: `Kode harus "${code}"`, code: 'incidents.severity_code_mismatch' },
      ]);
    }
    return db.transaction(async (tx) => {
      const before = await q.lockSeverity(tx, code);
      const severity = toSeverity(await q.upsertSeverity(tx, body, clock()));
      await record(tx, principal, 'incident_severity', code, {
        change: before ? 'severity_updated' : 'severity_created',
        before: before ? toSeverity(before) : null,
        severity,
      });
      return severity;
    });
  }

  /** Every SOP version of a category, newest first. */
  async function sopVersions(categoryId: string): Promise<{ items: SopVersion[] }> {
    if (!(await findCategory(db, categoryId))) throw errors.categoryNotFound();
    return { items: (await q.listSopVersions(db, categoryId)).map(toSopVersion) };
  }

  /**
   * A new SOP version (numbered after the last); it may start later but not earlier than now,
   * so no incident's pinned checklist is rewritten after the fact. Versions are never edited.
   */
  async function addSopVersion(
    principal: Principal,
    categoryId: string,
    body: CreateSopVersionBody,
  ): Promise<SopVersion> {
    const activeFrom = new Date(body.activeFrom);
    if (sopStartsTooEarly(activeFrom, clock())) throw errors.sopInThePast();
    return db.transaction(async (tx) => {
      const category = await q.lockCategory(tx, categoryId);
      if (!category) throw errors.categoryNotFound();
      const version = await q.nextSopVersion(tx, categoryId);
      const sop = toSopVersion(
        await q.insertSopVersion(tx, {
          categoryId,
          version,
          activeFrom,
          steps: body.steps,
          note: body.note ?? null,
          createdByUserId: principal.userId,
          createdAt: clock(),
        }),
      );
      await record(tx, principal, 'incident_sop_version', sop.id, {
        change: 'sop_version_added',
        categoryId,
        categoryCode: category.code,
        version,
        activeFrom: sop.activeFrom,
        steps: sop.steps.length,
      });
      return sop;
    });
  }

  async function rules(): Promise<{ items: EscalationRule[] }> {
    return { items: (await q.listRules(db)).map(toRule) };
  }

  /** Replaces the whole escalation policy at once; a set that fails a check saves nothing. */
  async function replaceRules(
    principal: Principal,
    body: SaveEscalationRuleBody[],
  ): Promise<{ items: EscalationRule[] }> {
    return db.transaction(async (tx) => {
      await q.lockRules(tx);
      const issues = ruleSetIssues(body, await q.categoryIds(tx));
      if (issues.length > 0) throw errors.invalidRules(issues);
      const before = (await q.listRules(tx)).map(toRule);
      const after = (await q.replaceRules(tx, body)).map(toRule);
      const strip = ({ id: _id, ...rule }: EscalationRule) => rule;
      await record(tx, principal, 'incident_escalation_rules', null, {
        change: 'rules_replaced',
        before: before.map(strip),
        after: after.map(strip),
      });
      return { items: after };
    });
  }

  return { catalogue, createCategory, updateCategory, saveSeverity, sopVersions, addSopVersion, rules, replaceRules };
}
