import type { CatalogueItem, CatalogueQuery, CataloguePage, CreateOrderRequestBody, OrderRequestReceipt } from '@selaras/contracts';
import { CATALOGUE_PAGE_SIZE } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Notify } from '../../platform/notify/notify.js';
import { resolveRecipients } from '../notifications/index.js';
import * as q from './catalogue.queries.js';
import { insertOrderRequest } from './order-requests.queries.js';
import * as errors from './catalogue.errors.js';

export type CatalogueDeps = {
  db: Db;
  clock: () => Date;
  notify: Notify;
  publicCopy: (fileId: string) => Promise<Buffer>;
};

export const ORDER_REQUEST_KIND = 'order_request';

function toItem(r: q.CatalogueRow): CatalogueItem {
  return {
    id: r.id,
    name: r.name,
    brand: r.brand,
    category: r.category,
    description: r.description,
    priceRupiah: r.priceRupiah,
    unitOfSale: r.unitOfSale,
    stage: r.stage,
    unitName: r.unitName,
    kanwilId: r.kanwilId,
    kanwilName: r.kanwilName,
    province: r.province,
    city: r.city,
    photoUrls: r.photoFileIds.map((_, i) => `/public/catalogue/${r.id}/photos/${i}`),
    howToOrder: { cooperativeName: r.cooperativeName, orderFormPath: `/katalog/${r.id}` },
  };
}

/**
 * The public catalogue: products at siap_pasar or unggulan, not archived, with no expired permit. Anyone may read
 * it and send an order request, which reaches the unit's cooperative officers and leaders.
 */
export function createCatalogueService(deps: CatalogueDeps) {
  const { db, clock, notify } = deps;

  async function list(filter: CatalogueQuery): Promise<CataloguePage> {
    const now = clock();
    const [{ rows, total }, kanwil] = await Promise.all([q.listCatalogue(db, filter, now, CATALOGUE_PAGE_SIZE), q.kanwilWithProducts(db, now)]);
    return { items: rows.map(toItem), total, page: filter.page, pageSize: CATALOGUE_PAGE_SIZE, kanwil };
  }

  async function listed(id: string): Promise<q.CatalogueRow> {
    const row = await q.findListed(db, id, clock());
    if (!row) throw errors.notInCatalogue();
    return row;
  }

  async function get(id: string): Promise<CatalogueItem> {
    return toItem(await listed(id));
  }

  /** The product's photo at `index`, re-encoded as a JPEG without any metadata (no EXIF, no GPS). */
  async function photo(id: string, index: number): Promise<Buffer> {
    const row = await listed(id);
    const fileId = row.photoFileIds[index];
    if (!fileId) throw errors.photoNotFound();
    return deps.publicCopy(fileId);
  }

  /** Stores the request and tells the unit's cooperative in the same transaction; a filled honeypot is refused. */
  async function requestOrder(id: string, body: CreateOrderRequestBody): Promise<OrderRequestReceipt> {
    if (body.website && body.website.length > 0) throw errors.requestRejected();
    const product = await listed(id);
    const now = clock();
    return db.transaction(async (tx) => {
      const row = await insertOrderRequest(tx, {
        productId: product.id,
        unitId: product.unitId,
        unitPath: product.unitPath,
        buyerName: body.buyerName,
        contact: body.contact,
        quantity: body.quantity,
        message: body.message ?? null,
        createdAt: now,
        updatedAt: now,
      });
      const recipients = await resolveRecipients(tx, { unitIds: [product.unitId], permission: 'cooperative:manage' });
      await notify(tx, {
        kind: ORDER_REQUEST_KIND,
        title: `Permintaan pesanan baru: ${product.name}`,
        body: `${body.quantity} ${product.unitOfSale} ${product.name} dari ${body.buyerName}. Hubungi pembeli melalui halaman Pesanan koperasi.`,
        link: '/koperasi/pesanan',
        dedupeKey: `order-request:${row.id}`,
        recipients,
      });
      return { id: row.id, productName: product.name, cooperativeName: product.cooperativeName };
    });
  }

  return { list, get, photo, requestOrder };
}

export type CatalogueService = ReturnType<typeof createCatalogueService>;
