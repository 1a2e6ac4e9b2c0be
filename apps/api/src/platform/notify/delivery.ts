import { createHmac } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Db } from '../db/index.js';
import type { Jobs } from '../jobs/jobs.js';
import { notificationOutbox, notifications } from './notify.table.js';

export const DELIVER_QUEUE = 'notify-deliver';
export const DISPATCH_QUEUE = 'notify-dispatch';
const DISPATCH_BATCH = 500;

export type DeliveryConfig = {
  smtp: { url: string; from: string } | null;
  webhook: { url: string; secret: string } | null;
};

/** `sha256=<hex>` over "<timestamp>.<body>": the receiver recomputes it and refuses old timestamps (replays). */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

type Loaded = { outbox: typeof notificationOutbox.$inferSelect; message: typeof notifications.$inferSelect };

export function createDelivery(deps: { db: Db; jobs: Jobs; config: DeliveryConfig; clock: () => Date }) {
  const { db, jobs, config, clock } = deps;
  const mailer = config.smtp ? nodemailer.createTransport(config.smtp.url) : null;

  async function sendEmail({ outbox, message }: Loaded) {
    if (!mailer || !config.smtp || !outbox.address) throw new Error('email is not configured');
    const text = message.link ? `${message.body}\n\n${message.link}` : message.body;
    await mailer.sendMail({ from: config.smtp.from, to: outbox.address, subject: message.title, text });
  }

  async function sendWebhook({ message }: Loaded) {
    if (!config.webhook) throw new Error('the webhook is not configured');
    const body = JSON.stringify({
      id: message.id,
      kind: message.kind,
      title: message.title,
      body: message.body,
      link: message.link,
      recipient: { userId: message.recipientUserId, positionId: message.positionId, unitId: message.unitId },
      createdAt: message.createdAt.toISOString(),
    });
    const timestamp = String(Math.floor(clock().getTime() / 1000));
    const res = await fetch(config.webhook.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-selaras-timestamp': timestamp,
        'x-selaras-signature': signWebhook(config.webhook.secret, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new Error(`webhook answered ${res.status}`);
  }

  /** Sends one outbox row; a failure is recorded and thrown so the job is retried. */
  async function deliver(outboxId: string): Promise<void> {
    const [loaded] = await db
      .select({ outbox: notificationOutbox, message: notifications })
      .from(notificationOutbox)
      .innerJoin(notifications, eq(notifications.id, notificationOutbox.notificationId))
      .where(eq(notificationOutbox.id, outboxId));
    if (!loaded || loaded.outbox.status === 'sent') return;
    try {
      await (loaded.outbox.channel === 'email' ? sendEmail(loaded) : sendWebhook(loaded));
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      await db
        .update(notificationOutbox)
        .set({ attempts: sql`${notificationOutbox.attempts} + 1`, lastError: reason.slice(0, 500) })
        .where(eq(notificationOutbox.id, outboxId));
      throw err;
    }
    await db
      .update(notificationOutbox)
      .set({ status: 'sent', sentAt: clock(), attempts: sql`${notificationOutbox.attempts} + 1`, lastError: null })
      .where(eq(notificationOutbox.id, outboxId));
  }

  /** Hands committed outbox rows to the delivery queue (the job id is the row id, so a second hand-over is ignored). */
  async function dispatch(): Promise<number> {
    const pending = await db
      .select({ id: notificationOutbox.id })
      .from(notificationOutbox)
      .where(eq(notificationOutbox.status, 'pending'))
      .orderBy(asc(notificationOutbox.createdAt))
      .limit(DISPATCH_BATCH);
    for (const row of pending) await jobs.send(DELIVER_QUEUE, { outboxId: row.id }, { id: row.id });
    const ids = pending.map((r) => r.id);
    if (ids.length) {
      await db
        .update(notificationOutbox)
        .set({ status: 'queued', queuedAt: clock() })
        .where(and(inArray(notificationOutbox.id, ids), eq(notificationOutbox.status, 'pending')));
    }
    return ids.length;
  }

  /** Workers for delivery (5 tries, backing off) and a dispatch sweep every minute. */
  async function register(): Promise<void> {
    await jobs.work<{ outboxId: string }>(DELIVER_QUEUE, (data) => deliver(data.outboxId), {
      retryLimit: 5,
      retryDelaySeconds: 30,
      retryBackoff: true,
    });
    await jobs.work(DISPATCH_QUEUE, async () => {
      await dispatch();
    });
    await jobs.schedule(DISPATCH_QUEUE, '* * * * *');
  }

  return { deliver, dispatch, register };
}

export type Delivery = ReturnType<typeof createDelivery>;
