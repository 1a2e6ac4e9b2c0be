import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestDb } from '../../test/db.js';
import { eventually } from '../../test/eventually.js';
import type { Database } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/errors.js';
import { auditEvents } from '../../platform/audit/audit.table.js';
import { createJobs, type Jobs } from '../../platform/jobs/jobs.js';
import { createNotify } from '../../platform/notify/notify.js';
import { createDelivery } from '../../platform/notify/delivery.js';
import { startSmtp } from '../../platform/notify/notify.test-kit.js';
import { createEscalation, type Escalation } from './incidents.escalation.js';
import { ESCALATION_QUEUE, registerIncidentJobs } from './incidents.jobs.js';
import { incidents } from './incidents.table.js';
import {
  LPP,
  KANWIL_BANTEN,
  addMailedOfficer,
  alertsByLevel,
  eventsOf,
  inboxAbout,
  minutesAfter,
  principalOf,
  reportIncident,
} from './incidents.escalation.test-kit.js';

const UNIT_RECIPIENTS = ['kalapas.lpp.tangerang', 'kplp.lpp.tangerang'];
const KANWIL_RECIPIENTS = ['kakanwil.banten', 'kanwil.banten'];

function rejectsWith(status: number, code?: string) {
  return (err: unknown) => {
    assert.ok(err instanceof AppError, String(err));
    assert.equal(err.status, status, err.message);
    if (code) assert.equal(err.code, code);
    return true;
  };
}

describe('incident alerts: timing and escalation on the real scheduler', () => {
  let database: Database;
  let jobs: Jobs;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let escalation: Escalation;
  let now = new Date('2026-03-02T01:00:00Z');
  let ticksDone = 0;
  const jobErrors: Error[] = [];

  /** Moves the test clock and runs one escalation tick through pg-boss, waiting for it to finish. */
  async function tickAt(at: Date): Promise<void> {
    now = at;
    const before = ticksDone;
    await jobs.send(ESCALATION_QUEUE, {});
    await eventually(
      `the escalation tick at ${at.toISOString()}`,
      async () => ticksDone > before || jobErrors.length > 0,
    );
    assert.deepEqual(jobErrors, []);
  }

  before(async () => {
    database = await createTestDb();
    smtp = await startSmtp();
    // Cron evaluation off: the only ticks are the ones a test sends, each with the clock that test set.
    jobs = createJobs(database, { pollingIntervalSeconds: 0.5, schedule: false });
    jobs.onError((err) => jobErrors.push(err));
    await jobs.start();
    const db = database.db;
    const clock = () => now;
    const delivery = createDelivery({
      db,
      jobs,
      config: { smtp: { url: smtp.url, from: 'Selaras <noreply@selaras.test>' }, webhook: null },
      clock,
    });
    await delivery.register();
    const notify = createNotify({ email: true, webhook: false });
    const counted = {
      dispatch: async () => {
        const handed = await delivery.dispatch();
        ticksDone += 1;
        return handed;
      },
    };
    await registerIncidentJobs(jobs, { db, notify, clock, delivery: counted });
    escalation = createEscalation({ db, notify, clock });
  });
  after(async () => {
    await jobs.stop();
    await smtp.close();
    await database.close();
  });

  test('the tick is scheduled every minute', async () => {
    const schedules = (await jobs.schedules()).map((s) => `${s.name} ${s.cron}`);
    assert.ok(schedules.includes(`${ESCALATION_QUEUE} * * * * *`), schedules.join(', '));
  });

  test('an escape alerts the unit, its Kanwil and HQ at once, and the tick delivers the emails', async () => {
    const db = database.db;
    const mailed = await addMailedOfficer(db, 'ditjenpas', 'piket.malam.ditjenpas');
    const t0 = new Date('2026-03-02T02:00:00Z');
    now = t0;
    const escape = await reportIncident(db, escalation, {
      category: 'pelarian',
      severity: 'berat',
      reportedAt: t0,
      counters: { kabur: 3, tertangkap: 1 },
    });

    const alerts = await alertsByLevel(db, escape.id);
    assert.deepEqual([...alerts.keys()].sort(), ['hq', 'kanwil', 'unit']);
    for (const alert of alerts.values()) {
      assert.equal(alert.reason, 'policy');
      assert.equal(alert.sentAt?.toISOString(), t0.toISOString(), alert.level);
      assert.equal(alert.ackDueAt?.toISOString(), minutesAfter(t0, 15).toISOString(), alert.level);
    }
    assert.deepEqual(await inboxAbout(db, escape.id), [
      'dirjen hq',
      'kakanwil.banten kanwil',
      'kalapas.lpp.tangerang unit',
      'kanwil.banten kanwil',
      'kplp.lpp.tangerang unit',
      'piket.ditjenpas hq',
      'piket.malam.ditjenpas hq',
    ]);
    const sent = (await eventsOf(db, escape.id)).filter((e) => e.kind === 'alert_sent').map((e) => e.summary);
    assert.deepEqual(sent, [
      `Peringatan dikirim ke ${LPP}`,
      'Peringatan dikirim ke Kanwil Banten',
      'Peringatan dikirim ke Direktorat Jenderal Pemasyarakatan',
    ]);

    await tickAt(minutesAfter(t0, 1));
    await eventually('the HQ alert by email', async () => smtp.mails.length === 1);
    assert.deepEqual(smtp.mails[0]?.to, [mailed]);
    const raw = smtp.mails[0]?.raw ?? '';
    assert.match(raw, new RegExp(`^Subject: Insiden kamtib: Pelarian di ${LPP}$`, 'm'));
    assert.match(raw, /08\.55 WIB/, 'the time of the incident in the unit’s zone');
    assert.match(raw, /Masih buron 2/, 'the latest figures, derived ones included');
    await db.update(incidents).set({ status: 'ditutup' }).where(eq(incidents.id, escape.id));
  });

  test('a fight acknowledged in time is not escalated; its Kanwil is alerted later by policy', async () => {
    const db = database.db;
    const t0 = new Date('2026-03-03T02:00:00Z');
    now = t0;
    const fight = await reportIncident(db, escalation, { category: 'perkelahian', severity: 'sedang', reportedAt: t0 });
    let alerts = await alertsByLevel(db, fight.id);
    assert.equal(alerts.get('unit')?.sentAt?.toISOString(), t0.toISOString());
    assert.equal(alerts.get('kanwil')?.sentAt, null);
    assert.equal(alerts.get('kanwil')?.dueAt.toISOString(), minutesAfter(t0, 30).toISOString());
    assert.equal(alerts.has('hq'), false);
    assert.deepEqual(
      await inboxAbout(db, fight.id),
      UNIT_RECIPIENTS.map((u) => `${u} unit`),
    );

    now = minutesAfter(t0, 5);
    const kplp = await principalOf(db, 'kplp.lpp.tangerang');
    const acked = await escalation.acknowledge(kplp, fight.id, alerts.get('unit')?.id ?? '');
    assert.equal(acked.delayMinutes, 5);

    await tickAt(minutesAfter(t0, 16));
    alerts = await alertsByLevel(db, fight.id);
    assert.equal(alerts.get('unit')?.escalatedAt, null);
    assert.equal(alerts.get('kanwil')?.sentAt, null, 'the Kanwil is still pending');
    assert.equal((await eventsOf(db, fight.id)).filter((e) => e.kind === 'alert_escalated').length, 0);
    assert.deepEqual(
      await inboxAbout(db, fight.id),
      UNIT_RECIPIENTS.map((u) => `${u} unit`),
    );

    await tickAt(minutesAfter(t0, 31));
    alerts = await alertsByLevel(db, fight.id);
    const kanwil = alerts.get('kanwil');
    assert.equal(kanwil?.reason, 'policy');
    assert.equal(kanwil?.sentAt?.toISOString(), minutesAfter(t0, 31).toISOString());
    assert.deepEqual(
      await inboxAbout(db, fight.id),
      [...KANWIL_RECIPIENTS.map((u) => `${u} kanwil`), ...UNIT_RECIPIENTS.map((u) => `${u} unit`)].sort(),
    );

    now = minutesAfter(t0, 40);
    const view = await escalation.alertsOf(db, kplp, fight.id);
    assert.deepEqual(
      view.map((a) => [a.level, a.unitName, a.acknowledgedBy, a.delayMinutes, a.abilities.acknowledge]),
      [
        ['unit', LPP, kplp.name, 5, false],
        ['kanwil', KANWIL_BANTEN, null, 9, false],
      ],
    );
    const verifier = await principalOf(db, 'kanwil.banten');
    assert.deepEqual(
      (await escalation.alertsOf(db, verifier, fight.id)).map((a) => a.abilities.acknowledge),
      [false, true],
    );
    await db.update(incidents).set({ status: 'ditutup' }).where(eq(incidents.id, fight.id));
  });

  test('a fight not acknowledged is repeated and escalated to the Kanwil exactly once, however many ticks, then on to HQ', async () => {
    const db = database.db;
    const t0 = new Date('2026-03-04T02:00:00Z');
    now = t0;
    const fight = await reportIncident(db, escalation, { category: 'perkelahian', severity: 'sedang', reportedAt: t0 });

    // The scheduled tick and two more runners at the same moment: only one of them escalates.
    now = minutesAfter(t0, 16);
    const [tick, ...direct] = await Promise.all([
      tickAt(now),
      escalation.runEscalations(now),
      escalation.runEscalations(now),
    ]);
    void tick;
    const alerts = await alertsByLevel(db, fight.id);
    assert.equal(alerts.get('unit')?.escalatedAt?.toISOString(), minutesAfter(t0, 16).toISOString());
    const kanwil = alerts.get('kanwil');
    assert.equal(kanwil?.reason, 'escalation');
    assert.equal(kanwil?.sentAt?.toISOString(), minutesAfter(t0, 16).toISOString());
    assert.equal(kanwil?.dueAt.toISOString(), minutesAfter(t0, 16).toISOString(), 'brought forward from +30');
    const expectedInbox = [
      ...KANWIL_RECIPIENTS.map((u) => `${u} kanwil`),
      ...UNIT_RECIPIENTS.flatMap((u) => [`${u} unit`, `${u} unit:repeat`]),
    ].sort();
    assert.deepEqual(await inboxAbout(db, fight.id), expectedInbox);
    const escalatedEvents = (await eventsOf(db, fight.id)).filter((e) => e.kind === 'alert_escalated');
    assert.deepEqual(
      escalatedEvents.map((e) => e.summary),
      ['Belum diterima dalam 15 menit: diulang dan dinaikkan ke Kanwil Banten'],
    );
    assert.ok(
      direct.reduce((n, r) => n + r.escalated, 0) <= 1,
      'the direct runners escalated at most once between them',
    );

    for (const minutes of [17, 20]) {
      await tickAt(minutesAfter(t0, minutes));
      const again = await alertsByLevel(db, fight.id);
      assert.equal(again.get('unit')?.escalatedAt?.toISOString(), minutesAfter(t0, 16).toISOString(), `+${minutes}`);
      assert.equal(again.size, 2, `+${minutes}: one Kanwil alert, no HQ yet`);
      assert.equal((await eventsOf(db, fight.id)).filter((e) => e.kind === 'alert_escalated').length, 1, `+${minutes}`);
      assert.equal((await eventsOf(db, fight.id)).filter((e) => e.kind === 'alert_sent').length, 2, `+${minutes}`);
      assert.deepEqual(await inboxAbout(db, fight.id), expectedInbox, `+${minutes}`);
    }

    // The Kanwil has 30 minutes from +16; unacknowledged at +47 it is repeated and HQ, which no rule alerts for a fight, is.
    await tickAt(minutesAfter(t0, 47));
    const upToHq = await alertsByLevel(db, fight.id);
    assert.equal(upToHq.get('kanwil')?.escalatedAt?.toISOString(), minutesAfter(t0, 47).toISOString());
    const hq = upToHq.get('hq');
    assert.equal(hq?.reason, 'escalation');
    assert.equal(hq?.ackWithinMinutes, 30, 'the deadline of the alert it escalates');
    assert.equal(hq?.sentAt?.toISOString(), minutesAfter(t0, 47).toISOString());
    assert.deepEqual(
      await inboxAbout(db, fight.id),
      [
        ...expectedInbox,
        ...KANWIL_RECIPIENTS.map((u) => `${u} kanwil:repeat`),
        'dirjen hq',
        'piket.ditjenpas hq',
        'piket.malam.ditjenpas hq',
      ].sort(),
    );
    assert.deepEqual(
      (await eventsOf(db, fight.id)).filter((e) => e.kind === 'alert_escalated').map((e) => e.summary),
      [
        'Belum diterima dalam 15 menit: diulang dan dinaikkan ke Kanwil Banten',
        'Belum diterima dalam 30 menit: diulang dan dinaikkan ke Direktorat Jenderal Pemasyarakatan',
      ],
    );
    await db.update(incidents).set({ status: 'ditutup' }).where(eq(incidents.id, fight.id));
  });

  test('acknowledging: out of scope 404, not a recipient 403, a recipient once, then 409', async () => {
    const db = database.db;
    const t0 = new Date('2026-03-05T02:00:00Z');
    now = t0;
    const fight = await reportIncident(db, escalation, { category: 'perkelahian', severity: 'ringan', reportedAt: t0 });
    const alerts = await alertsByLevel(db, fight.id);
    const unitAlert = alerts.get('unit')?.id ?? '';
    const kanwilAlert = alerts.get('kanwil')?.id ?? '';
    now = minutesAfter(t0, 4);

    const as = (username: string) => principalOf(db, username);
    await assert.rejects(
      escalation.acknowledge(await as('operator.lapas.cipinang'), fight.id, unitAlert),
      rejectsWith(404, 'incidents.alert_not_found'),
    );
    await assert.rejects(
      escalation.acknowledge(await as('operator.lpp.tangerang'), fight.id, unitAlert),
      rejectsWith(403),
    );
    await assert.rejects(escalation.acknowledge(await as('kanwil.banten'), fight.id, unitAlert), rejectsWith(403));
    await assert.rejects(
      escalation.acknowledge(await as('kanwil.banten'), fight.id, kanwilAlert),
      rejectsWith(409, 'incidents.alert_not_sent'),
    );
    await assert.rejects(
      escalation.acknowledge(await as('kplp.lpp.tangerang'), fight.id, '01900000-0000-7000-8000-0000000000ff'),
      rejectsWith(404),
    );

    const kplp = await as('kplp.lpp.tangerang');
    const acked = await escalation.acknowledge(kplp, fight.id, unitAlert);
    assert.equal(acked.acknowledgedBy, kplp.name);
    assert.equal(acked.acknowledgedAt, now.toISOString());
    assert.equal(acked.delayMinutes, 4);
    assert.equal(acked.abilities.acknowledge, false);

    await assert.rejects(
      escalation.acknowledge(await as('kalapas.lpp.tangerang'), fight.id, unitAlert),
      (err: unknown) => {
        rejectsWith(409, 'incidents.alert_already_acknowledged')(err);
        assert.ok(err instanceof AppError);
        assert.equal(err.detail, `Peringatan ini sudah dinyatakan diterima oleh ${kplp.name}.`);
        return true;
      },
    );
    const events = (await eventsOf(db, fight.id)).filter((e) => e.kind === 'alert_acknowledged');
    assert.deepEqual(
      events.map((e) => [e.summary, e.byName]),
      [[`Diterima oleh ${kplp.name} setelah 4 menit`, kplp.name]],
    );
    const audited = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'incidents.alert_acknowledged'), eq(auditEvents.subjectId, fight.id)));
    assert.equal(audited.length, 1);
    assert.equal(audited[0]?.actorUserId, kplp.userId);
    assert.deepEqual(audited[0]?.summary, { alertId: unitAlert, level: 'unit', delayMinutes: 4 });
    await db.update(incidents).set({ status: 'ditutup' }).where(eq(incidents.id, fight.id));
  });

  test('a closed incident sends and escalates nothing more', async () => {
    const db = database.db;
    const t0 = new Date('2026-03-06T02:00:00Z');
    now = t0;
    const fight = await reportIncident(db, escalation, { category: 'perkelahian', severity: 'sedang', reportedAt: t0 });
    await db.update(incidents).set({ status: 'ditutup' }).where(eq(incidents.id, fight.id));

    await tickAt(minutesAfter(t0, 31));
    const alerts = await alertsByLevel(db, fight.id);
    assert.equal(alerts.get('unit')?.escalatedAt, null);
    assert.equal(alerts.get('kanwil')?.sentAt, null);
    assert.deepEqual(
      await inboxAbout(db, fight.id),
      UNIT_RECIPIENTS.map((u) => `${u} unit`),
    );
    assert.deepEqual(
      (await eventsOf(db, fight.id)).map((e) => e.kind),
      ['alert_sent'],
    );
  });
});
