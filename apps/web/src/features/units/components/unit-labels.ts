import type { Unit, UnitDetail } from '@selaras/contracts';
import type { Translate } from '@/lib/i18n/i18n';

/** "Lapas" for a UPT, "Kantor Wilayah" for a Kanwil. */
export function unitTypeLabel(unit: Pick<Unit, 'kind' | 'type'>, t: Translate): string {
  return unit.type ? t(`uptType.${unit.type}`) : t(`unitKind.${unit.kind}`);
}

export function unitVariantLabel(unit: Pick<UnitDetail, 'variant'>, t: Translate): string {
  return unit.variant ? t(`unitVariant.${unit.variant}`) : '–';
}

export function unitClassLabel(unitClass: Unit['class'], t: Translate): string {
  return unitClass ? t('units.classValue', { class: unitClass }) : '–';
}

export function placeLabel(unit: Pick<Unit, 'city' | 'province'>): string {
  return [unit.city, unit.province].filter(Boolean).join(', ') || '–';
}
