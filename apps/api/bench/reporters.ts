// Who submits the reports under load: every Kanwil's demo verifier (`kanwil.<code>`, from the demo activity), on
// behalf of its UPTs, each over its own session with its CSRF token, with the open follow-ups it may report on.
import { DEMO_PASSWORD } from '../src/modules/users/index.js';
import { OPEN_TITLE_PREFIX } from './open-follow-ups.js';

export type Session = { cookie: string; csrf: string };
export type ReportJob = Session & { assignmentId: string };

/** Signs a demo account in: its session cookie and CSRF token. */
export async function signInAs(base: string, username: string): Promise<Session> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('selaras_session='));
  const body = (await res.json()) as { csrfToken?: string };
  if (res.status !== 200 || !cookie || !body.csrfToken) throw new Error(`sign-in as ${username} failed (${res.status})`);
  return { cookie: cookie.split(';')[0] ?? '', csrf: body.csrfToken };
}

async function getJson<T>(url: string, cookie: string): Promise<T> {
  const res = await fetch(url, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`);
  return (await res.json()) as T;
}

/** Every open follow-up of the load-test directives (open-follow-ups.ts) of every Kanwil's UPTs, interleaved over the Kanwil so the load spreads. */
export async function openReportJobs(base: string, adminCookie: string): Promise<ReportJob[]> {
  const api = `${base}/api/v1`;
  const kanwils = await getJson<{ items: { code: string }[] }>(`${api}/units?kind=kanwil&limit=500`, adminCookie);
  const perKanwil: ReportJob[][] = [];
  for (const { code } of kanwils.items) {
    const session = await signInAs(base, `kanwil.${code}`).catch(() => null);
    if (!session) continue;
    const jobs: ReportJob[] = [];
    for (let offset = 0; ; offset += 500) {
      type Item = { id: string; directiveTitle: string; abilities: { report: boolean } };
      const page = await getJson<{ items: Item[]; total: number }>(
        `${api}/assignments?status=belum_dimulai&role=follow_up&limit=500&offset=${offset}`,
        session.cookie,
      );
      jobs.push(...page.items.filter((a) => a.abilities.report && a.directiveTitle.startsWith(OPEN_TITLE_PREFIX)).map((a) => ({ ...session, assignmentId: a.id })));
      if (offset + 500 >= page.total) break;
    }
    perKanwil.push(jobs);
  }
  const longest = Math.max(0, ...perKanwil.map((j) => j.length));
  return Array.from({ length: longest }, (_, i) => perKanwil.flatMap((jobs) => (jobs[i] ? [jobs[i]] : [])))
    .flat();
}
