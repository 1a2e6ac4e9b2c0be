import type { InmateImportResult } from '@selaras/contracts';
import { FileImportPanel } from '@/components/file-import-panel';
import { useI18n } from '@/lib/i18n/i18n';
import { useImportInmates } from '../api/import-inmates';
import { ImportResult } from './import-result';

/** The inmate register from a CSV or XLSX file, into the chosen unit. */
export function ImportPanel({ unitId }: { unitId: string | undefined }) {
  const { t } = useI18n();
  const importer = useImportInmates();
  return (
    <FileImportPanel<InmateImportResult>
      labels={{
        title: t('inmates.import.title'),
        explain: t('inmates.import.explain'),
        file: t('inmates.import.file'),
        preview: t('inmates.import.preview'),
        apply: t('inmates.import.apply'),
      }}
      importer={{ ...importer, mutate: (vars, opts) => importer.mutate({ ...vars, unitId }, opts) }}
      renderResult={(result) => <ImportResult result={result} />}
    />
  );
}
