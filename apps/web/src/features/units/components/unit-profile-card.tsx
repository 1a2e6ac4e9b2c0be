import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import type { UnitDetail } from '@selaras/contracts';
import { Card } from '@/components/ui';
import { describeTimeZone, formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { unitClassLabel, unitTypeLabel, unitVariantLabel } from './unit-labels';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="border-b border-slate-100 py-2 sm:grid sm:grid-cols-[11rem_1fr] sm:gap-4">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="font-medium break-words text-slate-900">{children}</dd>
    </div>
  );
}

export function UnitProfileCard({ unit }: { unit: UnitDetail }) {
  const { t, lang } = useI18n();
  return (
    <Card title={t('units.profile.title')}>
      <dl>
        <Fact label={t('units.profile.type')}>{unitTypeLabel(unit, t)}</Fact>
        <Fact label={t('units.profile.variant')}>{unitVariantLabel(unit, t)}</Fact>
        <Fact label={t('units.profile.class')}>{unitClassLabel(unit.class, t)}</Fact>
        <Fact label={t('units.profile.code')}>{unit.code}</Fact>
        <Fact label={t('units.profile.city')}>{unit.city ?? '–'}</Fact>
        <Fact label={t('units.profile.province')}>{unit.province ?? '–'}</Fact>
        <Fact label={t('units.profile.timezone')}>{describeTimeZone(unit.timezone)}</Fact>
        <Fact label={t('units.profile.parent')}>
          {unit.parentId && unit.parentName ? (
            <Link
              to="/units/$unitId"
              params={{ unitId: unit.parentId }}
              className="text-navy-800 underline underline-offset-4"
            >
              {unit.parentName}
            </Link>
          ) : (
            '–'
          )}
        </Fact>
        {unit.childCount > 0 && <Fact label={t('units.profile.children')}>{formatNumber(unit.childCount, lang)}</Fact>}
      </dl>
    </Card>
  );
}
