// What each cell of the access matrix expects, and how an answer is read.
import { roleHasPermission, type Permission, type Role } from '@selaras/contracts';
import type { Outcome, Relation, RouteRule } from './rules.js';

/** An id that exists nowhere (UUID v7 shape). */
export const ABSENT_ID = '01900000-0000-7000-8000-000000000000';

/** Plausible values for the path parameters that are not record ids. */
const PARAM_VALUES: Record<string, string> = {
  window: '1',
  stage: 'h-7',
  date: '2026-03-02',
  start: '08:00',
  index: '0',
  code: 'berat',
  year: '2026',
  weekStart: '2026-03-16',
  stepKey: 'langkah',
};

/** The route's URL with each parameter taken from the target, else a plausible value, else an absent id. */
export function concreteUrl(url: string, target: Record<string, string> | null): string {
  return url.replace(/:([a-zA-Z]+)/g, (_match, name: string) => target?.[name] ?? PARAM_VALUES[name] ?? ABSENT_ID);
}

export type Answer = Outcome | 'unauthenticated' | 'error';

/** 401 and 403 and 404 say who was refused; a 2xx or any other 4xx (a refused body) means the caller got in. */
export function readAnswer(status: number): Answer {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'hidden';
  if (status >= 500) return 'error';
  return 'granted';
}

/** The answers a cell accepts: from the route's permission for the role, then from its scope rule. */
export function expectedAnswers(access: string, rule: RouteRule, role: Role, relation: Relation | null): Outcome[] {
  const permitted = access === 'public' || access === 'authenticated' || roleHasPermission(role, access as Permission);
  if (!permitted) return ['forbidden'];
  if (rule.scope === 'none') return ['granted'];
  if (rule.scope === 'absent') return ['hidden', 'granted'];
  if (!relation) return ['granted'];
  const special = rule.roleAnswers?.[role]?.[relation] ?? rule.answers?.[relation];
  if (special) return [special];
  return relation === 'own' ? ['granted'] : ['hidden'];
}
