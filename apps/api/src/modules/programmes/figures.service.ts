import type { ParticipationFigures, ProgrammeFigures, ProgrammeFiguresQuery } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { inScope, type Principal } from '../../platform/auth/principal.js';
import * as q from './figures.queries.js';
import * as errors from './figures.errors.js';

/** The zone "this month" is read in when no month is asked for: one national calendar, as the statistics use. */
export const FIGURES_ZONE = 'Asia/Jakarta';

/** The month of `now` in WIB, "2026-03". */
export function currentMonth(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: FIGURES_ZONE, year: 'numeric', month: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}`;
}

/** First and last calendar day of "YYYY-MM". */
export function monthBounds(month: string): { from: string; to: string } {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** Rates from counts: participation share and hours per inmate, both 0 without a population. */
export function figuresOf(totals: q.Totals): ParticipationFigures {
  const { population, participants, hours } = totals;
  return {
    population,
    participants,
    participationRate: population > 0 ? participants / population : 0,
    hours,
    hoursPerInmate: population > 0 ? hours / population : 0,
  };
}

export function createProgrammeFiguresService(deps: { db: Db; clock: () => Date }) {
  const { db, clock } = deps;

  async function scopeUnit(principal: Principal, unitId?: string): Promise<q.ScopeUnit> {
    const unit = await q.findScopeUnit(db, unitId ? { id: unitId } : { path: principal.position.unitPath });
    if (!unit || !inScope(principal, unit.path)) throw errors.unitNotFound();
    return unit;
  }

  /**
   * Participation in a month over the caller's subtree (or a unit's inside it; 404 outside): population,
   * participants, rate, hours and hours per inmate, by sex, track and category, and per Kanwil or UPT.
   */
  async function figures(principal: Principal, query: ProgrammeFiguresQuery): Promise<ProgrammeFigures> {
    const unit = await scopeUnit(principal, query.unitId);
    const month = query.month ?? currentMonth(clock());
    const window = { path: unit.path, ...monthBounds(month) };
    const per = unit.kind === 'hq' || unit.kind === 'ministry' ? 'kanwil' : 'unit';
    const [totals, categories, units] = await Promise.all([
      q.totalsAndSex(db, window),
      q.byCategory(db, window),
      q.byUnit(db, window, per),
    ]);
    const all = totals.find((row) => row.sex === null) ?? { population: 0, participants: 0, hours: 0 };
    return {
      month,
      from: window.from,
      to: window.to,
      unit: { id: unit.id, name: unit.name, kind: unit.kind },
      ...figuresOf(all),
      bySex: (['L', 'P'] as const).map((sex) => ({
        sex,
        ...figuresOf(totals.find((row) => row.sex === sex) ?? { population: 0, participants: 0, hours: 0 }),
      })),
      byCategory: categories.map((row) => ({
        track: row.track,
        category: row.category,
        ...figuresOf({ population: all.population, participants: row.participants, hours: row.hours }),
      })),
      per,
      byUnit: units.map(({ unitId, unitName, unitKind, ...counts }) => ({ unitId, unitName, unitKind, ...figuresOf(counts) })),
    };
  }

  return { figures };
}
export type ProgrammeFiguresService = ReturnType<typeof createProgrammeFiguresService>;
