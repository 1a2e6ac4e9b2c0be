import { useId, type ReactNode } from 'react';
import { cx } from './cx';

type CardProps = {
  title?: ReactNode;
  /** Heading level of the title inside the page outline. */
  level?: 2 | 3;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
};

/** A titled section; the title labels the region for screen readers. */
export function Card({ title, level = 2, actions, className, children }: CardProps) {
  const headingId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section
      aria-labelledby={title ? headingId : undefined}
      className={cx('rounded-lg border border-slate-200 bg-white p-4 shadow-xs sm:p-5', className)}
    >
      {(title || actions) && (
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          {title && (
            <Heading id={headingId} className="text-lg font-semibold text-navy-900">
              {title}
            </Heading>
          )}
          {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
        </div>
      )}
      {children}
    </section>
  );
}
