import type { Directive, TargetSelector } from '@selaras/contracts';
import { Card } from '@/components/ui';
import { formatDateTime, formatNumber, type Language } from '@/lib/format';
import { useI18n, type Translate } from '@/lib/i18n/i18n';
import { useMe } from '@/lib/me';
import { useKanwilOptions, type UnitOption } from '../api/list-kanwil-options';
import { Fact } from './fact';
import { describeDue, describeRecurrence, shortUnitName } from './labels';
import { MetricList } from './metric-list';

function describeTarget(target: TargetSelector, kanwil: UnitOption[] | undefined, t: Translate, lang: Language) {
  if (target.mode === 'list') return t('directives.target.list', { count: formatNumber(target.unitIds.length, lang) });
  const all = t('common.all');
  const types = target.types?.length ? target.types.map((type) => t(`uptType.${type}`)).join(', ') : all;
  const variants = target.variants?.length
    ? target.variants.map((variant) => t(`unitVariant.${variant}`)).join(', ')
    : all;
  const names = new Map((kanwil ?? []).map((unit) => [unit.id, shortUnitName(unit.name)]));
  const ids = target.kanwilIds ?? [];
  // Kanwil outside the reader's scope have no name to show: count them instead.
  const regions =
    ids.length === 0
      ? all
      : ids.every((id) => names.has(id))
        ? ids.map((id) => names.get(id)).join(', ')
        : t('directives.target.kanwilCount', { count: formatNumber(ids.length, lang) });
  return [
    t('directives.target.types', { value: types }),
    t('directives.target.variants', { value: variants }),
    t('directives.target.kanwil', { value: regions }),
  ];
}

export function DirectiveDetailsCard({ directive }: { directive: Directive }) {
  const { t, lang } = useI18n();
  const me = useMe();
  const filtered = directive.target.mode === 'filter' && Boolean(directive.target.kanwilIds?.length);
  const kanwil = useKanwilOptions(filtered);
  const target = describeTarget(directive.target, kanwil.data, t, lang);
  return (
    <Card title={t('directives.details.title')}>
      <dl>
        <Fact label={t('directives.details.source')}>
          {t(`directiveSource.${directive.source}`)}
          {directive.reference && ` · ${directive.reference}`}
        </Fact>
        <Fact label={t('directives.details.priority')}>{t(`priority.${directive.priority}`)}</Fact>
        <Fact label={t('directives.details.issuer')}>{directive.issuerPositionTitle}</Fact>
        <Fact label={t('directives.details.issuedAt')}>
          {directive.issuedAt ? formatDateTime(directive.issuedAt, me.position.unitTimezone, lang) : '–'}
        </Fact>
        <Fact label={t('directives.details.due')}>{describeDue(directive.due, t, lang)}</Fact>
        {directive.recurrence.kind !== 'none' && (
          <Fact label={t('recurrence.title')}>{describeRecurrence(directive.recurrence, directive.windowCount, t)}</Fact>
        )}
        <Fact label={t('directives.details.target')}>
          {Array.isArray(target) ? (
            <ul>
              {target.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            target
          )}
        </Fact>
        <Fact label={t('directives.details.verifiedBy')}>{t(`verifiedBy.${directive.verifiedBy}`)}</Fact>
        {directive.tags.length > 0 && <Fact label={t('directives.details.tags')}>{directive.tags.join(', ')}</Fact>}
      </dl>
      <h3 className="mt-4 font-semibold text-navy-900">{t('directives.details.body')}</h3>
      <p className="mt-1 max-w-prose whitespace-pre-line text-slate-800">{directive.body}</p>
      <h3 className="mt-4 font-semibold text-navy-900">{t('directives.details.metrics')}</h3>
      <div className="mt-2">
        <MetricList metrics={directive.metrics} />
      </div>
    </Card>
  );
}
