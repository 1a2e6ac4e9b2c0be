import type { Unit, UnitDetail, UnitTreeNode } from '@selaras/contracts';
import type { UnitRow } from './org-units.queries.js';

export function toUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    kind: row.kind,
    code: row.code,
    name: row.name,
    type: row.type,
    variant: row.variant,
    class: row.class,
    parentId: row.parentId,
    kanwilId: row.kanwilId,
    path: row.path,
    city: row.city,
    province: row.province,
    timezone: row.timezone,
    lat: row.lat,
    lng: row.lng,
    capacity: row.capacity,
    occupants: row.occupants,
    figuresAsOf: row.figuresAsOf,
    provenance: row.provenance,
  };
}

export function toUnitDetail(d: {
  unit: UnitRow;
  parentName: string | null;
  history: { class: UnitRow['class']; effectiveFrom: string; note: string | null }[];
  childCount: number;
}): UnitDetail {
  const { capacity, occupants } = d.unit;
  return {
    ...toUnit(d.unit),
    parentName: d.parentName,
    occupancyPercent: capacity && occupants !== null ? Math.round((occupants / capacity) * 1000) / 10 : null,
    classHistory: d.history.map((h) => ({ class: h.class, effectiveFrom: h.effectiveFrom, note: h.note })),
    childCount: d.childCount,
  };
}

type TreeRow = Pick<UnitTreeNode, 'id' | 'kind' | 'name' | 'type'> & { parentId: string | null };

/** Nests rows under their parents; rows whose parent is outside the set become roots. */
export function toTree(rows: TreeRow[]): UnitTreeNode[] {
  const nodes = new Map<string, UnitTreeNode>(
    rows.map((r) => [r.id, { id: r.id, kind: r.kind, name: r.name, type: r.type, children: [] }]),
  );
  const roots: UnitTreeNode[] = [];
  for (const r of rows) {
    const node = nodes.get(r.id);
    if (!node) continue;
    const parent = r.parentId ? nodes.get(r.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
