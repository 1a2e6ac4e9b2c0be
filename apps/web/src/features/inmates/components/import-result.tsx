import type { InmateImportResult } from '@selaras/contracts';
import { Alert, Table, Td, Th } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';

/** What a preview found: the bad rows first (with row number and message), then every change. */
export function ImportResult({ result }: { result: InmateImportResult }) {
  const { t } = useI18n();
  const changed = result.changes.filter((c) => c.action !== 'unchanged');
  return (
    <div className="mt-4 flex flex-col gap-4">
      <p className="text-sm text-slate-800" role="status">
        {t('inmates.import.for', { unit: result.unitName })} · {t('inmates.import.summary', result.summary)}
      </p>
      {result.applied && <Alert tone="success">{t('inmates.import.applied')}</Alert>}
      {result.errors.length > 0 && (
        <Table caption={t('inmates.import.errors', { n: result.errors.length })}>
          <thead>
            <tr>
              <Th>{t('inmates.import.row')}</Th>
              <Th>{t('inmates.import.field')}</Th>
              <Th>{t('inmates.import.message')}</Th>
            </tr>
          </thead>
          <tbody>
            {result.errors.map((e, index) => (
              <tr key={`${e.row}-${e.field ?? ''}-${index}`} data-row={e.row}>
                <Td>{e.row}</Td>
                <Td className="font-mono">{e.field ?? '—'}</Td>
                <Td>{e.message}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {changed.length > 0 && (
        <Table caption={t('inmates.import.changes')}>
          <thead>
            <tr>
              <Th>{t('inmates.import.row')}</Th>
              <Th>{t('inmates.col.registrationNumber')}</Th>
              <Th>{t('inmates.import.action')}</Th>
              <Th>{t('inmates.import.detail')}</Th>
            </tr>
          </thead>
          <tbody>
            {changed.map((c) => (
              <tr key={c.row}>
                <Td>{c.row}</Td>
                <Td className="whitespace-nowrap">{c.registrationNumber}</Td>
                <Td>{t(c.action === 'create' ? 'inmates.import.action.create' : 'inmates.import.action.update')}</Td>
                <Td>
                  {c.changes
                    .map((f) => (f.field === 'name' ? t('inmates.import.nameChanged') : `${f.field}: ${f.from ?? '—'} → ${f.to ?? '—'}`))
                    .join('; ')}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
