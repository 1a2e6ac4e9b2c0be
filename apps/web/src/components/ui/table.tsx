import { useId, type ComponentProps, type ReactNode } from 'react';
import { cx } from './cx';

type TableProps = {
  caption: ReactNode;
  /** Keep the caption for screen readers only. */
  hideCaption?: boolean;
  className?: string;
  children: ReactNode;
};

/** A table that scrolls inside its own box on narrow screens; the box is keyboard-scrollable. */
export function Table({ caption, hideCaption = false, className, children }: TableProps) {
  const captionId = useId();
  return (
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className={cx(
        'focus-ring relative max-w-full overflow-x-auto rounded-md border border-slate-200 bg-white',
        className,
      )}
    >
      <table className="w-full border-collapse text-left text-sm">
        <caption id={captionId} className={hideCaption ? 'sr-only' : 'px-3 py-2 text-left font-medium text-slate-700'}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ className, ...rest }: ComponentProps<'th'>) {
  return (
    <th
      scope="col"
      className={cx(
        'border-b border-slate-200 bg-slate-100 px-3 py-2 font-semibold whitespace-nowrap text-slate-700',
        className,
      )}
      {...rest}
    />
  );
}

export function Td({ className, ...rest }: ComponentProps<'td'>) {
  return <td className={cx('border-b border-slate-100 px-3 py-2 align-top', className)} {...rest} />;
}

export function EmptyRow({ colSpan, children }: { colSpan: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={colSpan} className="px-3 py-6 text-center text-slate-600">
        {children}
      </td>
    </tr>
  );
}
