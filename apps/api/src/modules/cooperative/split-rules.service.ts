import type { CreateSplitRuleBody, SplitRule, SplitRuleHistory } from '@selaras/contracts';
import type { Audit } from '../../platform/audit/audit.js';
import { auditActor, can, type Principal } from '../../platform/auth/principal.js';
import type { Db } from '../../platform/db/index.js';
import { uniqueViolation } from '../../platform/db/errors.js';
import { ruleClash, ruleInPast } from './sales.errors.js';
import { toSplitRule } from './sales.mappers.js';
import * as q from './split-rules.queries.js';

export type SplitRulesService = ReturnType<typeof createSplitRulesService>;

export function createSplitRulesService(deps: { db: Db; audit: Audit; clock: () => Date }) {
  const { db, audit, clock } = deps;

  /** Every rule, newest first, and the one in force now. */
  async function history(principal: Principal): Promise<SplitRuleHistory> {
    const rows = await q.listRules(db);
    const current = await q.ruleInForceAt(db, clock());
    return { items: rows.map(toSplitRule), current: current ? toSplitRule(current) : null, abilities: { configure: can(principal, 'sales:configure') } };
  }

  /** A new rule from a moment not in the past, with the source it follows; earlier sales keep their rule. */
  async function create(principal: Principal, body: CreateSplitRuleBody): Promise<SplitRule> {
    const effectiveFrom = new Date(body.effectiveFrom);
    // A minute's grace: "from now" typed in a form reaches the server a little later.
    if (effectiveFrom.getTime() < clock().getTime() - 60_000) throw ruleInPast();
    try {
      return await db.transaction(async (tx) => {
        const row = await q.insertRule(tx, { ...body, effectiveFrom, createdByUserId: principal.userId });
        await audit.record(tx, auditActor(principal), {
          action: 'sales.split_rule_created',
          subjectType: 'proceeds_split_rule',
          subjectId: row.id,
          summary: { pnbp: row.pnbpBasisPoints, premi: row.premiBasisPoints, capital: row.capitalBasisPoints, effectiveFrom: body.effectiveFrom, basis: row.basis },
        });
        return toSplitRule(row);
      });
    } catch (err) {
      if (uniqueViolation(err)) throw ruleClash();
      throw err;
    }
  }

  return { history, create };
}
