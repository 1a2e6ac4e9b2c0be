import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import type { UnitTreeNode } from '@selaras/contracts';
import { useI18n } from '@/lib/i18n/i18n';

function countUnits(node: UnitTreeNode): number {
  return node.children.reduce((sum, child) => sum + 1 + countUnits(child), 0);
}

type TreeItemProps = { node: UnitTreeNode; depth: number; openDepth: number };

function TreeItem({ node, depth, openDepth }: TreeItemProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(depth < openDepth);
  const hasChildren = node.children.length > 0;

  return (
    <li>
      <div className="flex items-start gap-1 py-0.5">
        {hasChildren ? (
          <button
            type="button"
            aria-expanded={open}
            aria-label={t(open ? 'units.tree.collapse' : 'units.tree.expand', { name: node.name })}
            onClick={() => setOpen((value) => !value)}
            className="focus-ring grid size-7 shrink-0 place-items-center rounded text-navy-700 hover:bg-navy-50"
          >
            <span aria-hidden="true" className={open ? 'rotate-90 transition-transform' : 'transition-transform'}>
              ▸
            </span>
          </button>
        ) : (
          <span aria-hidden="true" className="size-7 shrink-0" />
        )}
        <Link
          to="/units/$unitId"
          params={{ unitId: node.id }}
          className="rounded px-1 py-0.5 text-navy-800 hover:bg-navy-50 hover:underline"
        >
          {node.name}
        </Link>
        {hasChildren && <span className="py-0.5 text-xs text-slate-500 tabular-nums">({countUnits(node)})</span>}
      </div>
      {hasChildren && open && (
        <ul className="ml-3.5 border-l border-slate-200 pl-2">
          {node.children.map((child) => (
            <TreeItem key={child.id} node={child} depth={depth + 1} openDepth={openDepth} />
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * The units in scope as collapsible nested lists (disclosure buttons, not an ARIA tree widget).
 * Levels above `openDepth` start open.
 */
export function UnitTree({ roots, openDepth }: { roots: UnitTreeNode[]; openDepth: number }) {
  return (
    <ul className="text-sm">
      {roots.map((node) => (
        <TreeItem key={node.id} node={node} depth={0} openDepth={openDepth} />
      ))}
    </ul>
  );
}
