import { FileImportPanel } from '@/components/file-import-panel';
import { useI18n } from '@/lib/i18n/i18n';
import { useImportUnits } from '../api/import-units';
import { ImportResult } from './import-result';

/** Preview a unit list against the directory, then apply the same file once it has no row errors. */
export function ImportPanel() {
  const { t } = useI18n();
  const importer = useImportUnits();
  return (
    <FileImportPanel
      labels={{
        title: t('units.import.title'),
        explain: t('units.import.explain'),
        file: t('units.import.file'),
        preview: t('units.import.preview'),
        apply: t('units.import.apply'),
      }}
      importer={importer}
      renderResult={(result) => <ImportResult result={result} />}
    />
  );
}
