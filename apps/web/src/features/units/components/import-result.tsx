import type { UnitImportResult } from '@selaras/contracts';
import { Alert, EmptyRow, Table, Td, Th } from '@/components/ui';
import { formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';

const SHOWN_CHANGES = 200;

function Summary({ summary }: { summary: UnitImportResult['summary'] }) {
  const { t, lang } = useI18n();
  const items = [
    { label: t('units.import.create'), value: summary.create, tone: 'bg-teal-50 text-teal-900 border-teal-200' },
    { label: t('units.import.update'), value: summary.update, tone: 'bg-navy-50 text-navy-900 border-navy-200' },
    {
      label: t('units.import.unchanged'),
      value: summary.unchanged,
      tone: 'bg-slate-50 text-slate-800 border-slate-200',
    },
  ];
  return (
    <dl className="grid grid-cols-3 gap-2">
      {items.map((item) => (
        <div key={item.label} className={`rounded-md border px-3 py-2 ${item.tone}`}>
          <dt className="text-xs sm:text-sm">{item.label}</dt>
          <dd className="text-xl font-semibold tabular-nums">{formatNumber(item.value, lang)}</dd>
        </div>
      ))}
    </dl>
  );
}

function RowErrors({ errors }: { errors: UnitImportResult['errors'] }) {
  const { t, lang } = useI18n();
  return (
    <Table caption={t('units.import.errorsCaption', { count: formatNumber(errors.length, lang) })}>
      <thead>
        <tr>
          <Th>{t('units.import.row')}</Th>
          <Th>{t('units.import.field')}</Th>
          <Th>{t('units.import.message')}</Th>
        </tr>
      </thead>
      <tbody>
        {errors.map((error, index) => (
          <tr key={`${error.row}-${error.field ?? ''}-${index}`}>
            <Td className="tabular-nums">{error.row}</Td>
            <Td>{error.field ?? '–'}</Td>
            <Td className="min-w-56">{error.message}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function Changes({ changes }: { changes: UnitImportResult['changes'] }) {
  const { t } = useI18n();
  const relevant = changes.filter((change) => change.action !== 'unchanged');
  return (
    <Table caption={t('units.import.changesCaption')}>
      <thead>
        <tr>
          <Th>{t('units.import.row')}</Th>
          <Th>{t('units.import.action')}</Th>
          <Th>{t('units.import.unit')}</Th>
          <Th>{t('units.import.details')}</Th>
        </tr>
      </thead>
      <tbody>
        {relevant.length === 0 && <EmptyRow colSpan={4}>{t('units.import.noChanges')}</EmptyRow>}
        {relevant.slice(0, SHOWN_CHANGES).map((change) => (
          <tr key={`${change.row}-${change.code}`}>
            <Td className="tabular-nums">{change.row}</Td>
            <Td>{change.action === 'create' ? t('units.import.create') : t('units.import.update')}</Td>
            <Td className="min-w-48">
              {change.name}
              <span className="block text-xs text-slate-500">{change.code}</span>
            </Td>
            <Td className="min-w-56">
              <ul>
                {change.changes.map((field) => (
                  <li key={field.field}>
                    <span className="font-medium">{field.field}</span>: {field.from ?? '–'} → {field.to ?? '–'}
                  </li>
                ))}
              </ul>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function ImportResult({ result }: { result: UnitImportResult }) {
  const { t } = useI18n();
  return (
    <div className="mt-4 flex flex-col gap-4">
      {result.applied && <Alert tone="success">{t('units.import.applied')}</Alert>}
      <Summary summary={result.summary} />
      {result.errors.length > 0 && (
        <>
          <Alert tone="warning">{t('units.import.hasErrors')}</Alert>
          <RowErrors errors={result.errors} />
        </>
      )}
      <Changes changes={result.changes} />
    </div>
  );
}
