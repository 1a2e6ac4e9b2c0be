import { z } from 'zod';
import type {
  EscalationRule,
  FieldIssue,
  SaveEscalationRuleBody,
  SopStep,
  SopVersion,
  TimeZone,
} from '@selaras/contracts';

/** Indonesia keeps no daylight saving time: each zone is one fixed offset. */
const OFFSETS: Record<TimeZone, string> = {
  'Asia/Jakarta': '+07:00',
  'Asia/Makassar': '+08:00',
  'Asia/Jayapura': '+09:00',
};
const OFFSET_HOURS: Record<TimeZone, number> = { 'Asia/Jakarta': 7, 'Asia/Makassar': 8, 'Asia/Jayapura': 9 };

/** "2025-07-01T08:00" read as a wall clock in `zone` → "2025-07-01T08:00:00+07:00". */
export function localInZoneToIso(local: string, zone: TimeZone): string {
  return `${local.slice(0, 16)}:00${OFFSETS[zone]}`;
}

/** An instant as the wall clock in `zone`, in the form a datetime-local input takes ("2025-07-01T08:00"). */
export function isoToLocalInZone(value: string | Date, zone: TimeZone): string {
  const date = value instanceof Date ? value : new Date(value);
  return new Date(date.getTime() + OFFSET_HOURS[zone] * 3_600_000).toISOString().slice(0, 16);
}

/** Checklist lines → SOP steps with keys in order (langkah_1, langkah_2, …), as the default SOPs have. */
export function stepsFromTexts(texts: readonly string[]): SopStep[] {
  return texts
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text, index) => ({ key: `langkah_${index + 1}`, text }));
}

/** The new-version form: a wall-clock start in the admin's zone and one step per line. */
export const SopDraftSchema = z.object({
  activeFromLocal: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/),
  steps: z.array(z.string().trim().min(3).max(300)).min(1).max(40),
  note: z.string().trim().max(500).optional(),
});
export type SopDraft = z.input<typeof SopDraftSchema>;

/** Where a version stands at `now`: the one in force, a later one waiting, or one replaced. */
export function sopStates(versions: readonly SopVersion[], now: Date): Map<string, 'current' | 'scheduled' | 'past'> {
  const states = new Map<string, 'current' | 'scheduled' | 'past'>();
  const started = versions
    .filter((v) => new Date(v.activeFrom).getTime() <= now.getTime())
    .sort((a, b) => new Date(b.activeFrom).getTime() - new Date(a.activeFrom).getTime() || b.version - a.version);
  for (const v of versions) states.set(v.id, new Date(v.activeFrom).getTime() > now.getTime() ? 'scheduled' : 'past');
  const [current] = started;
  if (current) states.set(current.id, 'current');
  return states;
}

/** The saved rules as the editor holds them (without their ids). */
export function toRuleDrafts(rules: readonly EscalationRule[]): SaveEscalationRuleBody[] {
  return rules.map(({ categoryId, minSeverityRank, level, notifyAfterMinutes, ackWithinMinutes }) => ({
    categoryId,
    minSeverityRank,
    level,
    notifyAfterMinutes,
    ackWithinMinutes,
  }));
}

/**
 * The server's field errors for a rule set (`body.3.categoryId`, `body.3`, `body`), sorted to the row they
 * concern; what names no row is said above the editor.
 */
export function placeRuleIssues(issues: readonly FieldIssue[]): { rows: Map<number, string[]>; general: string[] } {
  const rows = new Map<number, string[]>();
  const general: string[] = [];
  for (const issue of issues) {
    const match = /^body\.(\d+)(\.|$)/.exec(issue.path);
    if (!match) {
      general.push(issue.message);
      continue;
    }
    const index = Number(match[1]);
    rows.set(index, [...(rows.get(index) ?? []), issue.message]);
  }
  return { rows, general };
}

/** The counter field paths a server error may name (`body.counters.1.derived.from` → `counters.1.derived.from`). */
export function counterFieldPaths(
  count: number,
): `counters.${number}.${'key' | 'label' | 'labelEn' | 'derived.from' | 'derived.subtract'}`[] {
  const paths: `counters.${number}.${'key' | 'label' | 'labelEn' | 'derived.from' | 'derived.subtract'}`[] = [];
  for (let i = 0; i < count; i += 1) {
    paths.push(
      `counters.${i}.key`,
      `counters.${i}.label`,
      `counters.${i}.labelEn`,
      `counters.${i}.derived.from`,
      `counters.${i}.derived.subtract`,
    );
  }
  return paths;
}
