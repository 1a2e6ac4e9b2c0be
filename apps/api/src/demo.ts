import { hash } from '@node-rs/argon2';
import { asc, eq } from 'drizzle-orm';
import { CreateDirectiveBodySchema } from '@selaras/contracts';
import type { Db } from './platform/db/index.js';
import { createAudit } from './platform/audit/audit.js';
import type { Principal } from './platform/auth/principal.js';
import { orgUnits } from './modules/org-units/index.js';
import { DEMO_PASSWORD, findUserByUsername, insertPosition, insertUser, loadPrincipal, positions } from './modules/users/index.js';
import { createDirectivesService } from './modules/directives/index.js';
import { DEMO_DIRECTIVES } from './demo-directives.js';
import { seedDemoMeeting } from './demo-meetings.js';
import { seedDemoCampaigns } from './demo-campaigns.js';
import { seedDemoIncidents } from './demo-incidents.js';
import { seedDemoProgrammes } from './demo-programmes.js';
import { seedDemoProducts } from './demo-products.js';
import { random } from './demo-random.js';

/** A small deterministic generator, so every demo install tells the same story. */

async function principalOf(db: Db, username: string): Promise<Principal> {
  const user = await findUserByUsername(db, username);
  const loaded = user ? await loadPrincipal(db, user.id, await firstPositionId(db, user.id)) : null;
  if (!loaded) throw new Error(`demo account ${username} is missing`);
  return { ...loaded, via: 'session', sessionId: null, csrfToken: null, requestId: null };
}

async function firstPositionId(db: Db, userId: string): Promise<string> {
  const [row] = await db.select({ id: positions.id }).from(positions).where(eq(positions.userId, userId)).orderBy(asc(positions.createdAt)).limit(1);
  return row?.id ?? '';
}

/** One operator per UPT and one verifier per Kanwil (besides the named demo accounts), all with the demo password. */
async function seedFieldAccounts(db: Db) {
  const passwordHash = await hash(DEMO_PASSWORD);
  const units = await db.select().from(orgUnits).orderBy(asc(orgUnits.name));
  const accounts: { username: string; unitId: string; kind: 'upt' | 'kanwil' }[] = [];
  for (const unit of units) {
    if (unit.kind !== 'upt' && unit.kind !== 'kanwil') continue;
    const username = unit.kind === 'upt' ? `operator.${unit.code}` : `kanwil.${unit.code}`;
    if (await findUserByUsername(db, username)) continue;
    const user = await insertUser(db, { username, name: `${unit.kind === 'upt' ? 'Operator' : 'Verifikator'} ${unit.name} (demo)`, passwordHash });
    await insertPosition(db, {
      userId: user.id,
      unitId: unit.id,
      role: unit.kind === 'upt' ? 'operator' : 'verifier',
      title: unit.kind === 'upt' ? `Operator ${unit.name}` : `Verifikator ${unit.name}`,
    });
    accounts.push({ username, unitId: unit.id, kind: unit.kind });
  }
  return accounts;
}

/**
 * The 29 August 2025 meeting's five directives (the second one a campaign), sent to every UPT, with a
 * realistic, partial follow-up: most units reported, many verified by their Kanwil, some returned, some silent;
 * then the Kamtib incidents.
 */
export async function seedDemoActivity(db: Db, opts: { filesRoot: string }): Promise<void> {
  let now = new Date('2025-08-29T09:00:00Z');
  const clock = () => now;
  const service = createDirectivesService({ db, audit: createAudit({ clock }), clock });
  await seedFieldAccounts(db);
  const dirjen = await principalOf(db, 'dirjen');
  const next = random(29_082_025);
  const verifiers = new Map<string, Principal>();
  const directiveIds: string[] = [];

  for (const demo of DEMO_DIRECTIVES) {
    now = new Date('2025-08-29T09:00:00Z');
    const directive = await service.create(dirjen, CreateDirectiveBodySchema.parse(demo.body));
    await service.issue(dirjen, directive.id);
    directiveIds.push(directive.id);
    const { items } = await service.listAssignments(dirjen, { directiveId: directive.id, role: 'follow_up', limit: 500, offset: 0 });
    for (const assignment of items) {
      if (next() > demo.reportShare) continue;
      now = new Date(Date.parse(demo.reportedFrom) + Math.floor(next() * 3 * 86_400_000));
      const unit = await db.select({ code: orgUnits.code, kanwilId: orgUnits.kanwilId }).from(orgUnits).where(eq(orgUnits.id, assignment.unitId));
      const code = unit[0]?.code ?? '';
      const reporter = await principalOf(db, `operator.${code}`).catch(() => null);
      if (!reporter) continue;
      const report = await service.submitReport(reporter, assignment.id, demo.values(next));
      const kanwilId = unit[0]?.kanwilId;
      if (!kanwilId || next() > demo.verifiedShare) continue;
      const [kanwil] = await db.select({ code: orgUnits.code }).from(orgUnits).where(eq(orgUnits.id, kanwilId));
      const verifierName = `kanwil.${kanwil?.code ?? ''}`;
      const verifier = verifiers.get(verifierName) ?? (await principalOf(db, verifierName));
      verifiers.set(verifierName, verifier);
      now = new Date(now.getTime() + 86_400_000);
      const returned = next() < 0.12;
      await service.decide(verifier, report.id, returned ? { decision: 'returned', reason: 'Foto bukti belum menunjukkan lokasi dan jumlah.' } : { decision: 'verified' });
    }
  }
  const coconut = await seedDemoCampaigns(db, { filesRoot: opts.filesRoot, principalOf: (username) => principalOf(db, username), next });
  directiveIds.splice(1, 0, coconut);
  await seedDemoMeeting(db, { principalOf: (username) => principalOf(db, username), next, directiveIds });
  await seedDemoIncidents(db, { principalOf: (username) => principalOf(db, username), next, now: new Date() });
  await seedDemoProgrammes(db, { now: new Date() });
  await seedDemoProducts(db, { now: new Date(), filesRoot: opts.filesRoot, principalOf: (username) => principalOf(db, username) });
}
