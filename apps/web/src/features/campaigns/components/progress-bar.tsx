/** A bar for a share of the target; the number beside it is the accessible text, the bar only shows it. */
export function ProgressBar({ percent }: { percent: number }) {
  const width = Math.max(0, Math.min(percent, 100));
  return (
    <div aria-hidden="true" className="h-2 w-full min-w-16 overflow-hidden rounded-full bg-slate-200">
      <div className="h-full rounded-full bg-teal-600" style={{ width: `${width}%` }} />
    </div>
  );
}

export function percentOf(value: number, total: number): number {
  return total > 0 ? (value / total) * 100 : 0;
}
