import { useId, useState, type ChangeEvent, type ReactNode } from 'react';
import { Button, Card } from '@/components/ui';
import { controlClasses } from '@/components/ui/field';
import { ProblemAlert } from '@/components/problem-alert';

export type ImportMode = 'preview' | 'apply';
type CheckedImport = { applied: boolean; errors: readonly unknown[] };

type FileImportPanelProps<R extends CheckedImport> = {
  labels: { title: string; explain: string; file: string; preview: string; apply: string };
  /** The import mutation of the feature: its file and mode, and the state TanStack Query keeps. */
  importer: {
    mutate: (vars: { file: File; mode: ImportMode }, opts: { onSuccess: (result: R) => void }) => void;
    reset: () => void;
    error: unknown;
    isPending: boolean;
    variables?: { mode: ImportMode } | undefined;
  };
  renderResult: (result: R) => ReactNode;
};

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Choose a CSV or XLSX file, preview every change and every bad row, then apply the same file once it is clean. */
export function FileImportPanel<R extends CheckedImport>({ labels, importer, renderResult }: FileImportPanelProps<R>) {
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<R | null>(null);

  function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    setFile(event.target.files?.[0] ?? null);
    setResult(null);
    importer.reset();
  }

  function run(mode: ImportMode) {
    if (file) importer.mutate({ file, mode }, { onSuccess: setResult });
  }

  const canApply = result !== null && !result.applied && result.errors.length === 0;
  const busy = (mode: ImportMode) => importer.isPending && importer.variables?.mode === mode;

  return (
    <Card title={labels.title} className="mt-5">
      <p className="mb-3 max-w-prose text-sm text-slate-700">{labels.explain}</p>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor={inputId} className="text-sm font-medium text-slate-800">
            {labels.file}
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
          <Button variant="secondary" disabled={!file} busy={busy('preview')} onClick={() => run('preview')}>
            {labels.preview}
          </Button>
          <Button disabled={!canApply} busy={busy('apply')} onClick={() => run('apply')}>
            {labels.apply}
          </Button>
        </div>
      </div>
      {Boolean(importer.error) && <ProblemAlert error={importer.error} className="mt-4" />}
      {result && renderResult(result)}
    </Card>
  );
}
