import type { ReactNode } from 'react';
import { Button } from '@/components/ui';

type NumberedItemProps = {
  /** "Angka 2", "Aturan 3": the legend, and the name in the remove button's accessible label. */
  number: string;
  /** The grid of the fields, e.g. `sm:grid-cols-3`. */
  columns: string;
  removeText: string;
  removeLabel: string;
  onRemove: () => void;
  /** Shown between the fields and the remove button. */
  below?: ReactNode;
  children: ReactNode;
};

/** One entry of an edited list (a counter, an escalation rule): its fields, then a button to remove it. */
export function NumberedItem({
  number,
  columns,
  removeText,
  removeLabel,
  onRemove,
  below,
  children,
}: NumberedItemProps) {
  return (
    <li className="rounded-md border border-slate-200 p-3">
      <fieldset className={`grid min-w-0 grid-cols-1 gap-3 ${columns}`}>
        <legend className="font-medium text-navy-900">{number}</legend>
        {children}
      </fieldset>
      {below}
      <div className="mt-3">
        <Button variant="danger" size="sm" onClick={onRemove} aria-label={removeLabel}>
          {removeText}
        </Button>
      </div>
    </li>
  );
}
