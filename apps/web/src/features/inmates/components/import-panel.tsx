import { useId, useState, type ChangeEvent } from 'react';
import type { InmateImportResult } from '@selaras/contracts';
import { Button, Card } from '@/components/ui';
import { controlClasses } from '@/components/ui/field';
import { ProblemAlert } from '@/components/problem-alert';
import { useI18n } from '@/lib/i18n/i18n';
import { useImportInmates, type ImportMode } from '../api/import-inmates';
import { ImportResult } from './import-result';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Choose a file, preview every change and every bad row, then apply the same file once it is clean. */
export function ImportPanel({ unitId }: { unitId: string | undefined }) {
  const { t } = useI18n();
  const inputId = useId();
  const importer = useImportInmates();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<InmateImportResult | null>(null);

  function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    setFile(event.target.files?.[0] ?? null);
    setResult(null);
    importer.reset();
  }

  function run(mode: ImportMode) {
    if (!file) return;
    importer.mutate({ file, mode, unitId }, { onSuccess: setResult });
  }

  const error = importer.error;
  const canApply = result !== null && !result.applied && result.errors.length === 0;

  return (
    <Card title={t('inmates.import.title')} className="mt-5">
      <p className="mb-3 max-w-prose text-sm text-slate-700">{t('inmates.import.explain')}</p>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor={inputId} className="text-sm font-medium text-slate-800">
            {t('inmates.import.file')}
          </label>
          <input
            id={inputId}
            type="file"
            accept={ACCEPT}
            onChange={chooseFile}
            className={controlClasses(false, 'file:mr-3 file:rounded file:border-0 file:bg-navy-50 file:px-3 file:py-1 file:text-navy-900')}
          />
        </div>
        <div className="flex gap-2">
          <Button variant="secondary" disabled={!file} busy={importer.isPending && importer.variables.mode === 'preview'} onClick={() => run('preview')}>
            {t('inmates.import.preview')}
          </Button>
          <Button disabled={!canApply} busy={importer.isPending && importer.variables.mode === 'apply'} onClick={() => run('apply')}>
            {t('inmates.import.apply')}
          </Button>
        </div>
      </div>
      {error && <ProblemAlert error={error} className="mt-4" />}
      {result && <ImportResult result={result} />}
    </Card>
  );
}
