// The bench's one table: each Selaras scenario next to its ceiling measured in the same run, and its aim.
export type Histogram = { average: number; p50: number; p99: number };
export type LoadResult = {
  duration: number;
  requests: Histogram & { total: number };
  latency: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
};
/** `throughput`: at least this share of the ceiling's req/s; `p99`: below this many ms. */
export type Aim = { kind: 'throughput'; share: number } | { kind: 'p99'; ms: number };
export type Row = { scenario: string; result: LoadResult; ceiling?: { name: string; result: LoadResult }; aim?: Aim };

export const perSecond = (r: LoadResult) => r.requests.total / r.duration;

function aimText(row: Row): [string, string] {
  const { aim, result, ceiling } = row;
  if (!aim) return ['—', ''];
  if (aim.kind === 'p99') return [`p99 < ${aim.ms} ms`, result.latency.p99 < aim.ms ? 'met' : 'MISSED'];
  if (!ceiling) return [`≥ ${aim.share * 100} % of ceiling`, 'n/a'];
  const met = perSecond(result) >= aim.share * perSecond(ceiling.result);
  return [`≥ ${aim.share * 100} % of ceiling`, met ? 'met' : 'MISSED'];
}

/** The printed table: Selaras rows with their ratio and aim, then the ceilings themselves. */
export function formatTable(rows: Row[], ceilings: Row[]): string {
  const head = ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'err/non-2xx', 'ceiling', 'of ceiling', 'aim', ''];
  const body = [...rows, ...ceilings].map((row) => {
    const r = row.result;
    const ratio = row.ceiling ? `${((100 * perSecond(r)) / perSecond(row.ceiling.result)).toFixed(1)} %` : '—';
    return [
      row.scenario,
      perSecond(r).toFixed(0),
      r.latency.p50.toFixed(1),
      r.latency.p99.toFixed(1),
      `${r.errors}/${r.non2xx}`,
      row.ceiling?.name ?? (ceilings.includes(row) ? '(ceiling)' : '—'),
      ratio,
      ...aimText(row),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const left = new Set([0, 5, 7, 8]);
  const line = (cells: string[]) =>
    cells.map((c, i) => (left.has(i) ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  const all = [...rows, ...ceilings];
  const timeouts = all.filter((r) => r.result.timeouts > 0).map((r) => `${r.scenario}: ${r.result.timeouts}`);
  const note = timeouts.length ? `\nerrors include requests unanswered after 10 s (${timeouts.join(', ')})` : '';
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n') + note;
}
