import type { z } from 'zod';
import type { SurvivalFiguresSchema, SurvivalSchema } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import type { Principal } from '../../platform/auth/principal.js';
import { campaignInScope } from './campaigns.board.js';
import { survivalRollup, type SurvivalRow } from './campaigns.survival.queries.js';

export type Survival = z.infer<typeof SurvivalSchema>;
type SurvivalFigures = z.infer<typeof SurvivalFiguresSchema>;

/** alive ÷ planted, to four decimals; null when no site was checked (or nothing was planted on those checked). */
export function survivalRate(alive: number, planted: number, sitesChecked: number): number | null {
  if (sitesChecked === 0 || planted <= 0) return null;
  return Math.round((alive / planted) * 10_000) / 10_000;
}

/** One entry per monitoring window (window N is monitoringMonths[N-1] months after the event), zeros where nothing was checked. */
export function windowFigures(monitoringMonths: number[], rows: SurvivalRow[]): SurvivalFigures[] {
  return monitoringMonths.map((month, i) => {
    const row = rows.find((r) => r.window === i + 1);
    const figures = row ?? { sitesChecked: 0, planted: 0, alive: 0, dead: 0, replanted: 0 };
    return {
      window: i + 1,
      month,
      planted: figures.planted,
      alive: figures.alive,
      dead: figures.dead,
      replanted: figures.replanted,
      sitesChecked: figures.sitesChecked,
      rate: survivalRate(figures.alive, figures.planted, figures.sitesChecked),
    };
  });
}

/** Groups the rows of the roll-up into the national series and one series per Kanwil (by name). */
export function toSurvival(monitoringMonths: number[], rows: SurvivalRow[]): Survival {
  const kanwil = new Map<string, { unitId: string; unitName: string; rows: SurvivalRow[] }>();
  for (const row of rows) {
    if (!row.perKanwil || !row.kanwilId || !row.kanwilName) continue;
    const group = kanwil.get(row.kanwilId) ?? { unitId: row.kanwilId, unitName: row.kanwilName, rows: [] };
    group.rows.push(row);
    kanwil.set(row.kanwilId, group);
  }
  return {
    national: windowFigures(
      monitoringMonths,
      rows.filter((r) => !r.perKanwil),
    ),
    kanwil: [...kanwil.values()]
      .sort((a, b) => a.unitName.localeCompare(b.unitName))
      .map((k) => ({ unitId: k.unitId, unitName: k.unitName, windows: windowFigures(monitoringMonths, k.rows) })),
  };
}

export function createCampaignSurvivalService(deps: { db: Db }) {
  const { db } = deps;

  /** Survival after the event, per monitoring window, for the sites in the caller's subtree. */
  async function survival(principal: Principal, campaignId: string): Promise<Survival> {
    const { view, scope } = await campaignInScope(db, principal, campaignId);
    return toSurvival(view.campaign.monitoringMonths, await survivalRollup(db, view.campaign, scope.path));
  }

  return { survival };
}
