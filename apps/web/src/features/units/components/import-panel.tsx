import { useId, useState, type ChangeEvent } from 'react';
import type { UnitImportResult } from '@selaras/contracts';
import { Button, Card } from '@/components/ui';
import { controlClasses } from '@/components/ui/field';
import { ProblemAlert } from '@/components/problem-alert';
import { useI18n } from '@/lib/i18n/i18n';
import { useImportUnits, type ImportMode } from '../api/import-units';
import { ImportResult } from './import-result';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Preview a unit list against the directory, then apply the same file once it has no row errors. */
export function ImportPanel() {
  const { t } = useI18n();
  const inputId = useId();
  const importUnits = useImportUnits();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<UnitImportResult | null>(null);

  function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    setFile(event.target.files?.[0] ?? null);
    setResult(null);
    importUnits.reset();
  }

  function run(mode: ImportMode) {
    if (!file) return;
    importUnits.mutate({ file, mode }, { onSuccess: setResult });
  }

  const error = importUnits.error;
  const canApply = result !== null && !result.applied && result.errors.length === 0;

  return (
    <Card title={t('units.import.title')} className="mt-5">
      <p className="mb-3 max-w-prose text-sm text-slate-700">{t('units.import.explain')}</p>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor={inputId} className="text-sm font-medium text-slate-800">
            {t('units.import.file')}
          </label>
          <input
            id={inputId}
            type="file"
            accept={ACCEPT}
            onChange={chooseFile}
            className={controlClasses(
              false,
              'file:mr-3 file:rounded file:border-0 file:bg-navy-50 file:px-3 file:py-1 file:text-navy-900',
            )}
          />
        </div>
        <div className="flex gap-2">
          <Button
            variant="secondary"
            disabled={!file}
            busy={importUnits.isPending && importUnits.variables.mode === 'preview'}
            onClick={() => run('preview')}
          >
            {t('units.import.preview')}
          </Button>
          <Button
            disabled={!canApply}
            busy={importUnits.isPending && importUnits.variables.mode === 'apply'}
            onClick={() => run('apply')}
          >
            {t('units.import.apply')}
          </Button>
        </div>
      </div>
      {error && <ProblemAlert error={error} className="mt-4" />}
      {result && <ImportResult result={result} />}
    </Card>
  );
}
