import { useNavigate } from '@tanstack/react-router';
import { Card, PageHeader } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { Breadcrumb } from '../components/breadcrumb';
import { DirectiveForm } from '../components/directive-form';

export function NewDirectivePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  useDocumentTitle(t('directives.new.title'));
  return (
    <>
      <Breadcrumb parent={{ to: '/directives', label: t('nav.directives') }} current={t('directives.new.title')} />
      <PageHeader title={t('directives.new.title')} description={t('directives.new.description')} />
      <Card>
        <DirectiveForm
          onCreated={(directive) =>
            void navigate({ to: '/directives/$directiveId', params: { directiveId: directive.id } })
          }
        />
      </Card>
    </>
  );
}
