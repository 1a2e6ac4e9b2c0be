import { Link, useNavigate } from '@tanstack/react-router';
import { Card, PageHeader } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { useMe } from '@/lib/me';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ProductForm } from '../components/product-form';

export function NewProductPage() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  useDocumentTitle(t('products.form.title'));
  return (
    <>
      <Link to="/produk" className="text-sm font-medium text-navy-800 underline">
        {t('products.page.backToList')}
      </Link>
      <PageHeader
        title={t('products.form.title')}
        description={t('products.form.intro', { unit: me.position.unitName })}
      />
      <Card>
        <ProductForm
          position={me.position}
          onCreated={(product) => void navigate({ to: '/produk/$productId', params: { productId: product.id } })}
        />
      </Card>
    </>
  );
}
