/** Direct API calls for test set-up, outside the browser. */

export const DEMO_PASSWORD = 'selaras-demo';

export async function signInCookie(baseUrl: string, username: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in as ${username} failed: ${response.status}`);
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0] ?? '');
  return cookies.filter(Boolean).join('; ');
}

type UnitList = { items: { id: string; name: string }[] };

function isUnitList(value: unknown): value is UnitList {
  return typeof value === 'object' && value !== null && Array.isArray((value as { items?: unknown }).items);
}

/** The id of the unit with exactly this name, as seen by the signed-in caller. */
export async function findUnitId(baseUrl: string, cookie: string, query: string, name: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/units?q=${encodeURIComponent(query)}`, { headers: { cookie } });
  const body: unknown = await response.json();
  if (!isUnitList(body)) throw new Error(`unexpected units answer: ${JSON.stringify(body)}`);
  const unit = body.items.find((item) => item.name === name);
  if (!unit) throw new Error(`unit "${name}" not found among ${body.items.map((i) => i.name).join(', ')}`);
  return unit.id;
}
