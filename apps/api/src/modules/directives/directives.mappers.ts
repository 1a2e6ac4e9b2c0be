import type { Assignment, Directive, Metric, Report, StoredFile } from '@selaras/contracts';
import type { AssignmentRow, DirectiveRow, ReportRow } from './directives.queries.js';
import { windowCountOf } from './directives.windows.js';

export function toDirective(r: DirectiveRow, assignmentCount: number, abilities: Directive['abilities']): Omit<Directive, 'followUpCount'> {
  return {
    id: r.id,
    reference: r.reference,
    source: r.source,
    title: r.title,
    body: r.body,
    category: r.category,
    tags: r.tags,
    priority: r.priority,
    status: r.status,
    target: r.target,
    metrics: r.metrics,
    evidence: r.evidence,
    due: r.due,
    verifiedBy: r.verifiedBy,
    recurrence: r.recurrence,
    windowCount: windowCountOf(r.recurrence),
    issuerUnitId: r.issuerUnitId,
    issuerPositionTitle: r.issuerPositionTitle,
    issuedAt: r.issuedAt?.toISOString() ?? null,
    assignmentCount,
    abilities,
  };
}

const NOT_REPORTED = new Set(['belum_dimulai', 'dalam_proses', 'dikembalikan']);

export function toAssignment(
  r: {
    assignment: AssignmentRow;
    directiveTitle: string;
    unitName: string;
    unitKind: Assignment['unitKind'];
    unitTimezone: Assignment['unitTimezone'];
    windowCount: number;
  },
  now: Date,
  abilities: Assignment['abilities'],
): Assignment {
  const a = r.assignment;
  return {
    id: a.id,
    directiveId: a.directiveId,
    directiveTitle: r.directiveTitle,
    unitId: a.unitId,
    unitName: r.unitName,
    unitKind: r.unitKind,
    unitTimezone: r.unitTimezone,
    role: a.role,
    status: a.status,
    dueAt: a.dueAt.toISOString(),
    windowNo: a.windowNo,
    windowStart: a.windowStart.toISOString(),
    windowCount: r.windowCount,
    overdue: a.role === 'follow_up' && NOT_REPORTED.has(a.status) && a.dueAt < now,
    abilities,
  };
}

export function toReport(r: ReportRow, attachments: StoredFile[] = []): Report {
  return {
    id: r.id,
    assignmentId: r.assignmentId,
    version: r.version,
    values: r.values,
    narrative: r.narrative,
    submittedAt: r.submittedAt.toISOString(),
    submittedByName: r.submittedByName,
    submittedByPosition: r.submittedByPosition,
    onBehalf: r.onBehalf,
    decision: r.decision,
    decisionReason: r.decisionReason,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    attachments,
  };
}

type Counts = { targets: number; reported: number; verified: number; overdue: number };
type RollupQueryRow = Counts & { kanwilId: string } & Record<string, unknown>;

/** Sums of decimals (hectares) shown to three places, without float noise such as 145.09999. */
const roundTotal = (n: number) => Math.round(n * 1000) / 1000;
const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

function metricTotals(row: Record<string, unknown>, metrics: Metric[]) {
  const num = (v: unknown) => (v === null || v === undefined ? null : roundTotal(Number(v)));
  return Object.fromEntries(
    metrics.map((m) => [m.key, { reported: num(row[`${m.key}__reported`]), verified: num(row[`${m.key}__verified`]) }]),
  );
}

/** Per-Kanwil rows as they are; the national line adds counts up (averages are weighted by reports). */
export function toRollup(rows: RollupQueryRow[], metrics: Metric[], kanwilNames: Map<string, string>) {
  const kanwil = rows
    .map((r) => ({
      unitId: r.kanwilId,
      unitName: kanwilNames.get(r.kanwilId) ?? '',
      targets: r.targets,
      reported: r.reported,
      verified: r.verified,
      overdue: r.overdue,
      reportedPercent: percent(r.reported, r.targets),
      verifiedPercent: percent(r.verified, r.targets),
      metrics: metricTotals(r, metrics),
    }))
    .sort((a, b) => b.verifiedPercent - a.verifiedPercent || b.reportedPercent - a.reportedPercent || a.unitName.localeCompare(b.unitName));
  const sum = (k: keyof Counts) => rows.reduce((n, r) => n + r[k], 0);
  const targets = sum('targets');
  const national = {
    targets,
    reported: sum('reported'),
    verified: sum('verified'),
    overdue: sum('overdue'),
    reportedPercent: percent(sum('reported'), targets),
    verifiedPercent: percent(sum('verified'), targets),
    metrics: Object.fromEntries(
      metrics.map((m) => {
        const combine = (which: 'reported' | 'verified') => {
          const parts = kanwil.map((k) => ({ v: k.metrics[m.key]?.[which] ?? null, w: which === 'reported' ? k.reported : k.verified }));
          const present = parts.filter((p) => p.v !== null) as { v: number; w: number }[];
          if (present.length === 0) return null;
          if (m.rollup !== 'avg') return roundTotal(present.reduce((n, p) => n + p.v, 0));
          const weight = present.reduce((n, p) => n + p.w, 0);
          return weight === 0 ? null : roundTotal(present.reduce((n, p) => n + p.v * p.w, 0) / weight);
        };
        return [m.key, { reported: combine('reported'), verified: combine('verified') }];
      }),
    ),
  };
  return { national, kanwil };
}
