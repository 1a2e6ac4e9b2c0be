import { and, eq, inArray, isNotNull, lte, notExists, sql } from 'drizzle-orm';
import { PERMIT_KIND_LABELS } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Notify } from '../../platform/notify/notify.js';
import { resolveRecipients } from '../notifications/index.js';
import { orgUnits } from '../org-units/index.js';
import { permitRemindersSent, productPermits, products } from './products.table.js';
import { addDays, daysBetween, localToday } from './readiness.js';

/** Days before expiry at which a reminder goes out; 0 = the day it expires (or any day after). */
export const REMINDER_THRESHOLDS = [90, 30, 7, 0] as const;
export const PERMIT_REMINDER_KIND = 'product.permit_expiry';

/** The thresholds reached `daysLeft` days before expiry, most urgent first. */
export function reachedThresholds(daysLeft: number): number[] {
  return REMINDER_THRESHOLDS.filter((t) => daysLeft <= t).sort((a, b) => a - b);
}

type Candidate = {
  permitId: string;
  kind: keyof typeof PERMIT_KIND_LABELS;
  number: string;
  expiresOn: string;
  productId: string;
  productName: string;
  unitId: string;
  timezone: string;
};

/** Permits of live products expiring within the widest threshold whose last reminder has not gone out. */
async function candidates(db: Db, now: Date): Promise<Candidate[]> {
  const horizon = addDays(now.toISOString().slice(0, 10), REMINDER_THRESHOLDS[0] + 1);
  const finalSent = db
    .select({ one: sql`1` })
    .from(permitRemindersSent)
    .where(and(eq(permitRemindersSent.permitId, productPermits.id), eq(permitRemindersSent.thresholdDays, 0)));
  const rows = await db
    .select({
      permitId: productPermits.id,
      kind: productPermits.kind,
      number: productPermits.number,
      expiresOn: productPermits.expiresOn,
      productId: products.id,
      productName: products.name,
      unitId: products.unitId,
      timezone: orgUnits.timezone,
    })
    .from(productPermits)
    .innerJoin(products, eq(products.id, productPermits.productId))
    .innerJoin(orgUnits, eq(orgUnits.id, products.unitId))
    .where(
      and(
        isNotNull(productPermits.expiresOn),
        lte(productPermits.expiresOn, horizon),
        eq(products.archived, false),
        notExists(finalSent),
      ),
    );
  return rows.flatMap((r) => (r.expiresOn ? [{ ...r, expiresOn: r.expiresOn }] : []));
}

function message(c: Candidate, daysLeft: number) {
  const what = `${PERMIT_KIND_LABELS[c.kind]} ${c.productName}`;
  const when =
    daysLeft < 0
      ? `sudah berakhir sejak ${c.expiresOn}`
      : daysLeft === 0
        ? 'berakhir hari ini'
        : `berakhir dalam ${daysLeft} hari (${c.expiresOn})`;
  return {
    title: `${what} ${when}`,
    body: `Izin nomor ${c.number} untuk "${c.productName}" ${when}. Perpanjang izin agar produk tetap dapat dipasarkan.`,
  };
}

/**
 * Sends what came due for one permit, in one transaction: the reached thresholds are marked sent (a threshold
 * another runner marked first is skipped), and only the most urgent newly marked one is told.
 */
async function remindOne(db: Db, notify: Notify, c: Candidate, now: Date): Promise<boolean> {
  const daysLeft = daysBetween(localToday(now, c.timezone), c.expiresOn);
  const reached = reachedThresholds(daysLeft);
  const [urgent] = reached;
  if (urgent === undefined) return false;
  return db.transaction(async (tx) => {
    const marked = await tx
      .insert(permitRemindersSent)
      .values(reached.map((thresholdDays) => ({ permitId: c.permitId, thresholdDays, sentAt: now })))
      .onConflictDoNothing()
      .returning({ thresholdDays: permitRemindersSent.thresholdDays });
    if (!marked.some((m) => m.thresholdDays === urgent)) return false;
    await notify(tx, {
      kind: PERMIT_REMINDER_KIND,
      ...message(c, daysLeft),
      link: `/produk/${c.productId}`,
      dedupeKey: `permit-reminder:${c.permitId}:${urgent}`,
      recipients: await resolveRecipients(tx, { unitIds: [c.unitId], permission: 'products:manage' }),
    });
    return true;
  });
}

/** The scheduler's run: one reminder per permit and threshold, ever. Returns how many were sent. */
export async function sendPermitReminders(deps: { db: Db; notify: Notify }, now: Date): Promise<number> {
  let sent = 0;
  for (const c of await candidates(deps.db, now)) {
    if (await remindOne(deps.db, deps.notify, c, now)) sent += 1;
  }
  return sent;
}

/** Which thresholds of the given permits have gone out (for reading back in tests and screens). */
export async function remindersSentFor(
  db: Db,
  permitIds: string[],
): Promise<{ permitId: string; thresholdDays: number }[]> {
  if (permitIds.length === 0) return [];
  return db
    .select({ permitId: permitRemindersSent.permitId, thresholdDays: permitRemindersSent.thresholdDays })
    .from(permitRemindersSent)
    .where(inArray(permitRemindersSent.permitId, permitIds));
}
