// Many clients submitting follow-up reports at once, each retrying its own request (same body, same
// Idempotency-Key) until the server gives a definitive answer, as the field outbox does.
import { randomUUID } from 'node:crypto';
import type { OpenAssignment } from './crash-setup.js';

export type Outcome = {
  assignmentId: string;
  key: string;
  status: number;
  reportId: string | null;
  replayed: boolean;
  attempts: number;
  /** Answers "409 idempotency.in_progress": the key was claimed by a request that never finished. */
  inProgress: number;
  body: string;
};

type Attempt = { kind: 'answer'; status: number; replayed: boolean; body: string } | { kind: 'network' };

const RETRY_DELAY_MS = 150;
const REQUEST_TIMEOUT_MS = 30_000;

async function attempt(url: string, a: OpenAssignment, key: string, body: string): Promise<Attempt> {
  try {
    const res = await fetch(`${url}/api/v1/assignments/${a.id}/reports`, {
      method: 'POST',
      headers: { cookie: a.session.cookie, 'x-csrf-token': a.session.csrf, 'content-type': 'application/json', 'idempotency-key': key },
      body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    return { kind: 'answer', status: res.status, replayed: res.headers.get('idempotent-replayed') === 'true', body: await res.text() };
  } catch {
    return { kind: 'network' };
  }
}

function worthRetrying(a: Attempt): boolean {
  if (a.kind === 'network' || a.status >= 500) return true;
  return a.status === 409 && a.body.includes('"idempotency.in_progress"');
}

/** Submits one logical report until a definitive answer (2xx, or a 4xx other than "in progress"). */
async function submitUntilAnswered(url: string, a: OpenAssignment, n: number): Promise<Outcome> {
  const key = randomUUID();
  const body = JSON.stringify({ values: { count: n }, narrative: `Laporan uji ${key}` });
  let inProgress = 0;
  for (let attempts = 1; ; attempts++) {
    const result = await attempt(url, a, key, body);
    if (result.kind === 'answer' && !worthRetrying(result)) {
      const reportId = result.status === 201 ? (JSON.parse(result.body) as { id: string }).id : null;
      return { assignmentId: a.id, key, status: result.status, reportId, replayed: result.replayed, attempts, inProgress, body: result.body };
    }
    if (result.kind === 'answer' && result.status === 409) inProgress++;
    await new Promise((r) => setTimeout(r, RETRY_DELAY_MS));
  }
}

/** `clients` workers take the assignments in turn; `onAcknowledged` hears each 2xx as it lands, with the running count. */
export async function submitReports(
  url: string,
  assignments: OpenAssignment[],
  opts: { clients: number; onAcknowledged(count: number): void },
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  let acknowledged = 0;
  const worker = async () => {
    for (let i = next++; i < assignments.length; i = next++) {
      const a = assignments[i];
      if (!a) break;
      const outcome = await submitUntilAnswered(url, a, i + 1);
      outcomes.push(outcome);
      if (outcome.status >= 200 && outcome.status < 300) opts.onAcknowledged(++acknowledged);
    }
  };
  await Promise.all(Array.from({ length: opts.clients }, worker));
  return outcomes;
}
