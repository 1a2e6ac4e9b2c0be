import type { CreatePermitBody, FieldIssue, Permit, UpdatePermitBody } from '@selaras/contracts';
import { PERMIT_KIND_LABELS } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { auditActor, type Principal } from '../../platform/auth/principal.js';
import * as q from './permits.queries.js';
import type { ProductsDeps, ProductsService } from './products.service.js';
import type { ProductRow } from './products.queries.js';
import { toPermit } from './products.mappers.js';
import * as errors from './products.errors.js';

type PermitDates = { kind: CreatePermitBody['kind']; issuedOn: string; expiresOn: string | null };

/** What is wrong with a permit's dates: only a brand registration lacks an expiry, which comes after the issue, which is not in the future. */
export function permitIssues(p: PermitDates, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (p.issuedOn > today)
    issues.push(errors.field('body.issuedOn', 'Tanggal terbit tidak boleh di masa depan.', 'future'));
  if (p.expiresOn === null && p.kind !== 'merek') {
    issues.push(
      errors.field('body.expiresOn', `${PERMIT_KIND_LABELS[p.kind]} harus memiliki tanggal berakhir.`, 'required'),
    );
  }
  if (p.expiresOn !== null && p.expiresOn <= p.issuedOn) {
    issues.push(errors.field('body.expiresOn', 'Tanggal berakhir harus setelah tanggal terbit.', 'before_issue'));
  }
  return issues;
}

/** Permits of a product: added, corrected and removed by those who manage it; every write audited. */
export function createPermits(deps: ProductsDeps, products: Pick<ProductsService, 'withProduct'>) {
  const { audit } = deps;

  function record(
    tx: Db,
    principal: Principal,
    product: ProductRow,
    action: 'products.permit_added' | 'products.permit_updated' | 'products.permit_removed',
    permit: q.PermitRow,
  ) {
    return audit.record(tx, auditActor(principal), {
      action,
      subjectType: 'product',
      subjectId: product.id,
      unitId: product.unitId,
      unitPath: product.unitPath,
      summary: { permitId: permit.id, kind: permit.kind, number: permit.number, expiresOn: permit.expiresOn },
    });
  }

  async function addPermit(principal: Principal, productId: string, body: CreatePermitBody): Promise<Permit> {
    return products.withProduct(principal, productId, async (tx, product, today) => {
      if (product.archived) throw errors.productArchived();
      const issues = permitIssues(body, today);
      if (issues.length > 0) throw errors.permitInvalid(issues);
      const row = await q.insertPermit(tx, { ...body, productId: product.id, unitPath: product.unitPath });
      await record(tx, principal, product, 'products.permit_added', row);
      return toPermit(row, today);
    });
  }

  async function updatePermit(
    principal: Principal,
    productId: string,
    permitId: string,
    body: UpdatePermitBody,
  ): Promise<Permit> {
    return products.withProduct(principal, productId, async (tx, product, today) => {
      if (product.archived) throw errors.productArchived();
      const permit = await q.findPermit(tx, product.id, permitId);
      if (!permit) throw errors.permitNotFound();
      const next = { ...permit, ...body };
      const issues = permitIssues(next, today);
      if (issues.length > 0) throw errors.permitInvalid(issues);
      await q.updatePermit(tx, permit.id, body, next.expiresOn !== permit.expiresOn);
      await record(tx, principal, product, 'products.permit_updated', next);
      return toPermit(next, today);
    });
  }

  async function removePermit(principal: Principal, productId: string, permitId: string): Promise<void> {
    await products.withProduct(principal, productId, async (tx, product) => {
      if (product.archived) throw errors.productArchived();
      const permit = await q.findPermit(tx, product.id, permitId);
      if (!permit) throw errors.permitNotFound();
      await q.deletePermit(tx, permit.id);
      await record(tx, principal, product, 'products.permit_removed', permit);
    });
  }

  return { addPermit, updatePermit, removePermit };
}
