import { desc, eq } from 'drizzle-orm';
import type { CreateDepositBody, Deposit, DepositList } from '@selaras/contracts';
import { auditActor, type Principal } from '../../platform/auth/principal.js';
import { uniqueViolation } from '../../platform/db/errors.js';
import { pnbpDeposits } from './cooperative.table.js';
import { scopeUpt } from './cooperative.units.js';
import { mayManageCooperative, type CooperativeDeps } from './cooperative.service.js';
import { localDateIn } from './preorders.weeks.js';
import * as errors from './cooperative.errors.js';

type DepositRecord = typeof pnbpDeposits.$inferSelect;

function toDeposit(r: DepositRecord): Deposit {
  return { id: r.id, billingCode: r.billingCode, ntpn: r.ntpn, amountRupiah: r.amountRupiah, depositedOn: r.depositedOn, createdAt: r.createdAt.toISOString() };
}

/** PNBP deposits of a UPT to the state treasury, each with its unique SIMPONI billing code. */
export function createDepositsService(deps: CooperativeDeps) {
  const { db, audit, clock } = deps;

  async function list(principal: Principal, unitId: string): Promise<DepositList> {
    const unit = await scopeUpt(db, principal, unitId);
    const rows = await db.select().from(pnbpDeposits).where(eq(pnbpDeposits.unitId, unit.id)).orderBy(desc(pnbpDeposits.depositedOn), desc(pnbpDeposits.createdAt));
    return {
      items: rows.map(toDeposit),
      totalRupiah: rows.reduce((sum, r) => sum + r.amountRupiah, 0),
      abilities: { record: mayManageCooperative(principal, unit.path) },
    };
  }

  /** Records a deposit; a billing code already recorded anywhere is a 409, a future date a 422. */
  async function record(principal: Principal, unitId: string, body: CreateDepositBody): Promise<Deposit> {
    const unit = await scopeUpt(db, principal, unitId);
    if (!mayManageCooperative(principal, unit.path)) throw errors.cannotManage();
    if (body.depositedOn > localDateIn(clock(), unit.timezone)) {
      throw errors.invalidInput([errors.field('body.depositedOn', 'Tanggal setor tidak boleh di masa depan.', 'future')]);
    }
    const [existing] = await db.select({ id: pnbpDeposits.id }).from(pnbpDeposits).where(eq(pnbpDeposits.billingCode, body.billingCode));
    if (existing) throw errors.duplicateBillingCode();
    try {
      return await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(pnbpDeposits)
          .values({ unitId: unit.id, unitPath: unit.path, billingCode: body.billingCode, ntpn: body.ntpn?.toUpperCase() ?? null, amountRupiah: body.amountRupiah, depositedOn: body.depositedOn, recordedByUserId: principal.userId })
          .returning();
        if (!row) throw new Error('deposit insert returned nothing');
        await audit.record(tx, auditActor(principal), {
          action: 'cooperative.deposit_recorded',
          subjectType: 'pnbp_deposit',
          subjectId: row.id,
          unitId: unit.id,
          unitPath: unit.path,
          summary: { billingCode: row.billingCode, amountRupiah: row.amountRupiah, depositedOn: row.depositedOn },
        });
        return toDeposit(row);
      });
    } catch (err) {
      if (uniqueViolation(err)) throw errors.duplicateBillingCode();
      throw err;
    }
  }

  return { list, record };
}

export type DepositsService = ReturnType<typeof createDepositsService>;
