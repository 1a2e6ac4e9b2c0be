import { PAYOUT_METHODS, maskAccountReference, type CreatePayoutBody, type ListPremiQuery, type Payout, type PayoutMethod, type PremiBalance, type PremiLedger, type PremiList } from '@selaras/contracts';
import type { Audit } from '../../platform/audit/audit.js';
import { auditActor, can, inScope, type Principal } from '../../platform/auth/principal.js';
import type { Db } from '../../platform/db/index.js';
import { forbidden } from '../../platform/http/errors.js';
import { localDate } from '../products/index.js';
import { badPaidOn, cashRefused, inmateNotFound, namesForbidden, overBalance, unitNotFound } from './sales.errors.js';
import * as q from './premi.queries.js';
import { findUnitInScope } from './sales.queries.js';

export type PremiService = ReturnType<typeof createPremiService>;

function toBalance(r: q.BalanceRow, showName: boolean): PremiBalance {
  return {
    inmateId: r.inmateId,
    pseudonym: r.pseudonym,
    registrationNumber: r.registrationNumber,
    name: showName ? r.name : null,
    unitName: r.unitName,
    creditedRupiah: r.credited,
    paidRupiah: r.paid,
    balanceRupiah: r.balance,
  };
}

function isPayoutMethod(method: string): method is PayoutMethod {
  return (PAYOUT_METHODS as readonly string[]).includes(method);
}

export function createPremiService(deps: { db: Db; audit: Audit; clock: () => Date }) {
  const { db, audit, clock } = deps;
  const scopeOf = (p: Principal) => p.position.unitPath;

  /** Balances of the inmates in scope who have a premi account; names as for the register, audited. */
  async function list(principal: Principal, query: ListPremiQuery): Promise<PremiList> {
    const showName = query.names === 'true';
    if (showName && !can(principal, 'inmates:names')) throw namesForbidden();
    const unit = query.unitId ? await findUnitInScope(db, scopeOf(principal), query.unitId) : null;
    if (query.unitId && !unit) throw unitNotFound();
    const read = async (tx: Db): Promise<PremiList> => {
      const page = await q.listBalances(tx, scopeOf(principal), query);
      if (showName) {
        await audit.record(tx, auditActor(principal), {
          action: 'premi.names_read',
          subjectType: 'unit',
          subjectId: unit?.id ?? principal.position.unitId,
          unitId: unit?.id ?? principal.position.unitId,
          unitPath: unit?.path ?? principal.position.unitPath,
          summary: { names: page.items.length, total: page.total },
        });
      }
      return { items: page.items.map((r) => toBalance(r, showName)), total: page.total, namesShown: showName };
    };
    return showName ? db.transaction(read) : read(db);
  }

  /** One inmate's ledger, oldest first, each entry with the balance after it. */
  async function ledger(principal: Principal, inmateId: string): Promise<PremiLedger> {
    const row = await q.findBalanceInScope(db, scopeOf(principal), inmateId);
    if (!row) throw inmateNotFound();
    let running = 0;
    const entries = (await q.listEntries(db, inmateId)).map((e) => {
      running += e.amountRupiah;
      return { ...e, runningBalanceRupiah: running };
    });
    return { inmate: toBalance(row, false), entries, abilities: { payout: can(principal, 'cooperative:manage') && inScope(principal, row.unitPath) } };
  }

  /** A cashless payout of at most the balance, checked under a lock on the inmate; the account is kept masked. */
  async function payout(principal: Principal, inmateId: string, body: CreatePayoutBody): Promise<Payout> {
    const row = await q.findBalanceInScope(db, scopeOf(principal), inmateId);
    if (!row) throw inmateNotFound();
    if (!can(principal, 'cooperative:manage') || !inScope(principal, row.unitPath)) throw forbidden();
    const method = body.method;
    if (!isPayoutMethod(method)) throw cashRefused();
    const unit = await findUnitInScope(db, scopeOf(principal), row.unitId);
    if (body.paidOn > localDate(clock(), unit?.timezone ?? 'Asia/Jakarta')) throw badPaidOn('tidak boleh di masa depan');
    return db.transaction(async (tx) => {
      await q.lockInmate(tx, inmateId);
      const balance = await q.balanceOf(tx, inmateId);
      if (body.amountRupiah > balance) throw overBalance(balance);
      const saved = await q.insertPayout(tx, {
        inmateId,
        unitPath: row.unitPath,
        amountRupiah: body.amountRupiah,
        method,
        accountReference: maskAccountReference(body.accountReference),
        paidOn: body.paidOn,
        recordedByUserId: principal.userId,
      });
      await audit.record(tx, auditActor(principal), {
        action: 'premi.paid_out',
        subjectType: 'inmate',
        subjectId: inmateId,
        unitId: row.unitId,
        unitPath: row.unitPath,
        summary: { pseudonym: row.pseudonym, amount: saved.amountRupiah, method, account: saved.accountReference, paidOn: saved.paidOn },
      });
      return { id: saved.id, inmateId, amountRupiah: saved.amountRupiah, method, accountReference: saved.accountReference, paidOn: saved.paidOn, balanceRupiah: balance - saved.amountRupiah };
    });
  }

  return { list, ledger, payout };
}
