import { Link, useNavigate } from '@tanstack/react-router';
import { Card, PageHeader } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { useMe } from '@/lib/me';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ProgrammeForm } from '../components/programme-form';

export function NewProgrammePage() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  useDocumentTitle(t('programmes.form.title'));
  return (
    <>
      <Link to="/pembinaan" className="text-sm font-medium text-navy-800 underline">
        {t('programmes.list.title')}
      </Link>
      <PageHeader title={t('programmes.form.title')} description={t('programmes.form.intro', { unit: me.position.unitName })} />
      <Card>
        <ProgrammeForm
          position={me.position}
          onCreated={(programme) => void navigate({ to: '/pembinaan/program/$programmeId', params: { programmeId: programme.id } })}
        />
      </Card>
    </>
  );
}
