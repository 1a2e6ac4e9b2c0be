import { createHash } from 'node:crypto';
import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import type { AuditAction } from '@selaras/contracts';
import type { Db } from '../db/index.js';
import { uuidv7 } from '../db/ids.js';
import { auditChainHeads, auditEvents } from './audit.table.js';

export const GENESIS_HASH = '0'.repeat(64);
const GLOBAL_CHAIN = 'global';

/** Who acted: the user and the position they held at the time. */
export type AuditActor = {
  userId: string;
  name: string;
  positionId: string;
  positionTitle: string;
  requestId: string | null;
};

export type AuditEventInput = {
  action: AuditAction;
  subjectType: string;
  subjectId?: string | null;
  unitId?: string | null;
  unitPath?: string | null;
  summary?: Record<string, unknown>;
};

type HashedFields = {
  chainKey: string;
  seq: number;
  at: Date;
  action: string;
  actorUserId: string | null;
  actorName: string | null;
  positionId: string | null;
  positionTitle: string | null;
  subjectType: string;
  subjectId: string | null;
  unitId: string | null;
  unitPath: string | null;
  requestId: string | null;
  summary: Record<string, unknown>;
};

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value instanceof Date ? value.toISOString() : value);
}

export function hashAuditEvent(prevHash: string, e: HashedFields): string {
  return createHash('sha256')
    .update(prevHash)
    .update(
      canonicalJson({
        chainKey: e.chainKey,
        seq: e.seq,
        at: e.at,
        action: e.action,
        actorUserId: e.actorUserId,
        actorName: e.actorName,
        positionId: e.positionId,
        positionTitle: e.positionTitle,
        subjectType: e.subjectType,
        subjectId: e.subjectId,
        unitId: e.unitId,
        unitPath: e.unitPath,
        requestId: e.requestId,
        summary: e.summary,
      }),
    )
    .digest('hex');
}

export type Audit = ReturnType<typeof createAudit>;

/** Writes audit rows inside the caller's transaction, chained per unit so units never wait on each other. */
export function createAudit(deps: { clock: () => Date }) {
  async function record(tx: Db, actor: AuditActor | null, event: AuditEventInput): Promise<void> {
    const chainKey = event.unitId ?? GLOBAL_CHAIN;
    await tx.insert(auditChainHeads).values({ chainKey, seq: 0, hash: GENESIS_HASH }).onConflictDoNothing();
    const [head] = await tx
      .update(auditChainHeads)
      .set({ seq: sql`${auditChainHeads.seq} + 1` })
      .where(eq(auditChainHeads.chainKey, chainKey))
      .returning({ seq: auditChainHeads.seq, prevHash: auditChainHeads.hash });
    if (!head) throw new Error(`audit chain head ${chainKey} missing`);
    const fields: HashedFields = {
      chainKey,
      seq: head.seq,
      at: deps.clock(),
      action: event.action,
      actorUserId: actor?.userId ?? null,
      actorName: actor?.name ?? null,
      positionId: actor?.positionId ?? null,
      positionTitle: actor?.positionTitle ?? null,
      subjectType: event.subjectType,
      subjectId: event.subjectId ?? null,
      unitId: event.unitId ?? null,
      unitPath: event.unitPath ?? null,
      requestId: actor?.requestId ?? null,
      summary: event.summary ?? {},
    };
    const hash = hashAuditEvent(head.prevHash, fields);
    await tx.insert(auditEvents).values({ id: uuidv7(), ...fields, prevHash: head.prevHash, hash });
    await tx.update(auditChainHeads).set({ hash }).where(eq(auditChainHeads.chainKey, chainKey));
  }
  return { record };
}

export type ChainBreak = { chainKey: string; seq: number; eventId: string | null; reason: string };
export type VerifyResult = { ok: boolean; checked: number; chains: number; firstBreak: ChainBreak | null };

/** Recomputes every chain from its genesis; reports the first link that does not hold. */
export async function verifyAuditChains(db: Db, batchSize = 2000): Promise<VerifyResult> {
  // One snapshot for heads and rows: appends committed while the check runs are not mistaken for tampering.
  return db.transaction((tx) => verifySnapshot(tx, batchSize), {
    isolationLevel: 'repeatable read',
    accessMode: 'read only',
  });
}

async function verifySnapshot(db: Db, batchSize: number): Promise<VerifyResult> {
  let checked = 0;
  let chains = 0;
  let cursor: { chainKey: string; seq: number } | null = null;
  let current: { chainKey: string; seq: number; hash: string } | null = null;
  const heads = new Map((await db.select().from(auditChainHeads)).map((h) => [h.chainKey, h]));

  const endChain = (): ChainBreak | null => {
    if (!current) return null;
    const head = heads.get(current.chainKey);
    heads.delete(current.chainKey);
    if (!head || head.seq !== current.seq || head.hash !== current.hash) {
      return { chainKey: current.chainKey, seq: current.seq + 1, eventId: null, reason: 'rows missing at the end of the chain' };
    }
    return null;
  };

  for (;;) {
    const after: { chainKey: string; seq: number } | null = cursor;
    const rows: (typeof auditEvents.$inferSelect)[] = await db
      .select()
      .from(auditEvents)
      .where(
        after
          ? or(gt(auditEvents.chainKey, after.chainKey), and(eq(auditEvents.chainKey, after.chainKey), gt(auditEvents.seq, after.seq)))
          : undefined,
      )
      .orderBy(asc(auditEvents.chainKey), asc(auditEvents.seq))
      .limit(batchSize);
    if (rows.length === 0) break;
    for (const row of rows) {
      if (!current || current.chainKey !== row.chainKey) {
        const broken = endChain();
        if (broken) return { ok: false, checked, chains, firstBreak: broken };
        current = { chainKey: row.chainKey, seq: 0, hash: GENESIS_HASH };
        chains += 1;
      }
      const at = { chainKey: row.chainKey, seq: row.seq, eventId: row.id };
      if (row.seq !== current.seq + 1) return { ok: false, checked, chains, firstBreak: { ...at, reason: `expected sequence ${current.seq + 1}` } };
      if (row.prevHash !== current.hash) return { ok: false, checked, chains, firstBreak: { ...at, reason: 'previous hash does not match' } };
      if (hashAuditEvent(row.prevHash, row) !== row.hash) {
        return { ok: false, checked, chains, firstBreak: { ...at, reason: 'content does not match its hash' } };
      }
      current = { chainKey: row.chainKey, seq: row.seq, hash: row.hash };
      checked += 1;
    }
    const last = rows[rows.length - 1];
    cursor = last ? { chainKey: last.chainKey, seq: last.seq } : null;
  }
  const broken = endChain();
  if (broken) return { ok: false, checked, chains, firstBreak: broken };
  const [orphan] = heads.values();
  if (orphan && orphan.seq > 0) {
    return { ok: false, checked, chains, firstBreak: { chainKey: orphan.chainKey, seq: 1, eventId: null, reason: 'chain rows missing' } };
  }
  return { ok: true, checked, chains, firstBreak: null };
}
