import type { CreateProductBody, ListProductsQuery, Product, ProductPage, UpdateProductBody } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import type { Notify } from '../../platform/notify/notify.js';
import { auditActor, can, inScope, type Principal } from '../../platform/auth/principal.js';
import { findFiles } from '../../platform/files/index.js';
import * as q from './products.queries.js';
import { permitsOf } from './permits.queries.js';
import { requestsOf } from './stage-requests.queries.js';
import { toProduct, toProductSummary } from './products.mappers.js';
import { mayManage } from './products.policy.js';
import { evaluate } from './readiness.facts.js';
import { localToday } from './readiness.js';
import * as errors from './products.errors.js';

export type ProductsDeps = { db: Db; audit: Audit; clock: () => Date; notify: Notify };

/** Runs `work` on the product locked in the caller's scope (404 outside it, 403 without the right to manage). */
export function createProductWriter(deps: Pick<ProductsDeps, 'db' | 'clock'>) {
  return async function withProduct<T>(
    principal: Principal,
    id: string,
    work: (tx: Db, product: q.ProductRow, today: string) => Promise<T>,
  ): Promise<T> {
    return deps.db.transaction(async (tx) => {
      const product = await q.lockProduct(tx, principal.position.unitPath, id);
      if (!product || !can(principal, 'products:read')) throw errors.productNotFound();
      if (!mayManage(principal, product)) throw errors.cannotManage();
      const unit = await q.findUnit(tx, product.unitId);
      return work(tx, product, localToday(deps.clock(), unit?.timezone ?? 'Asia/Jakarta'));
    });
  };
}

/** The unit a new product belongs to: the caller's own UPT, or a UPT below a Kanwil or HQ leader. */
async function unitFor(db: Db, principal: Principal, unitId: string | undefined): Promise<q.UnitRef> {
  const unit = await q.findUnit(db, unitId ?? principal.position.unitId);
  if (!unit || !inScope(principal, unit.path)) {
    throw errors.productInvalid([
      errors.field('body.unitId', 'Unit tidak ditemukan di wilayah kewenangan Anda.', 'not_found'),
    ]);
  }
  if (unit.kind !== 'upt') {
    throw errors.productInvalid([
      errors.field('body.unitId', 'Produk dibuat untuk UPT; pilih UPT pembuatnya.', 'not_upt'),
    ]);
  }
  return unit;
}

/** Photos must be images the caller may see (uploaded through the files API in their scope). */
async function checkPhotos(db: Db, principal: Principal, ids: string[]): Promise<void> {
  const unique = [...new Set(ids)];
  const found = await findFiles(db, principal.position.unitPath, unique);
  const images = new Set(found.filter((f) => f.mime.startsWith('image/')).map((f) => f.id));
  const bad = unique.filter((id) => !images.has(id));
  if (bad.length > 0 || unique.length !== ids.length) {
    throw errors.productInvalid([
      errors.field('body.photoFileIds', 'Foto tidak ditemukan, ganda, atau bukan berkas gambar.', 'not_image'),
    ]);
  }
}

/** Products of a unit: listing, reading, creating and changing them; permits and stage requests live beside. */
export function createProductsService(deps: ProductsDeps) {
  const { db, audit, clock } = deps;
  const withProduct = createProductWriter(deps);

  async function list(principal: Principal, filter: ListProductsQuery): Promise<ProductPage> {
    const { rows, total } = await q.listProducts(db, principal.position.unitPath, filter);
    return { items: rows.map(toProductSummary), total, abilities: { create: can(principal, 'products:manage') } };
  }

  /** One product with its permits, the checklist for its next stage and its requests; 404 outside the caller's scope. */
  async function get(principal: Principal, id: string): Promise<Product> {
    const view = await q.findProductView(db, principal.position.unitPath, id);
    if (!view || !can(principal, 'products:read')) throw errors.productNotFound();
    const today = localToday(clock(), view.unit.timezone);
    const [permits, requests, checklist] = [
      await permitsOf(db, id),
      await requestsOf(db, id),
      await evaluate(db, view.product, today),
    ];
    return toProduct(
      view,
      { today, permits, checklist: checklist.items, openRequest: requests.open, lastDecision: requests.lastDecision },
      principal,
    );
  }

  async function create(principal: Principal, body: CreateProductBody): Promise<Product> {
    if (!can(principal, 'products:manage')) throw errors.cannotManage();
    const unit = await unitFor(db, principal, body.unitId);
    const id = await db.transaction(async (tx) => {
      const row = await q.insertProduct(tx, {
        ...body,
        unitId: unit.id,
        unitPath: unit.path,
        stageChangedAt: clock(),
        createdByUserId: principal.userId,
      });
      await audit.record(tx, auditActor(principal), {
        action: 'products.created',
        subjectType: 'product',
        subjectId: row.id,
        unitId: row.unitId,
        unitPath: row.unitPath,
        summary: { name: row.name, category: row.category },
      });
      return row.id;
    });
    return get(principal, id);
  }

  /** Details, readiness facts and photos; archiving is a field too, and an archived product only comes back. */
  async function update(principal: Principal, id: string, body: UpdateProductBody): Promise<Product> {
    await withProduct(principal, id, async (tx, product) => {
      if (product.archived && body.archived !== false) throw errors.productArchived();
      if (body.photoFileIds) await checkPhotos(tx, principal, body.photoFileIds);
      const fields = Object.keys(body);
      if (fields.length === 0) return;
      await q.updateProduct(tx, product.id, body);
      await audit.record(tx, auditActor(principal), {
        action: 'products.updated',
        subjectType: 'product',
        subjectId: product.id,
        unitId: product.unitId,
        unitPath: product.unitPath,
        summary: { name: body.name ?? product.name, fields },
      });
    });
    return get(principal, id);
  }

  return { list, get, create, update, withProduct };
}

export type ProductsService = ReturnType<typeof createProductsService>;
