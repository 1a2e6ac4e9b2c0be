import { useState, type ChangeEvent } from 'react';
import { MAX_PRODUCT_PHOTOS, type Product } from '@selaras/contracts';
import { Button, Card, Spinner } from '@/components/ui';
import { ProblemAlert } from '@/components/problem-alert';
import { useI18n } from '@/lib/i18n/i18n';
import { fileUrl, thumbnailUrl, uploadPhoto } from '../api/photos';
import { useUpdateProduct } from '../api/update-product';

/** Photos of the product: taken with the phone camera or picked from the gallery, the first one is the cover. */
export function PhotosSection({ product }: { product: Product }) {
  const { t } = useI18n();
  const update = useUpdateProduct(product.id);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const canEdit = product.abilities.edit;
  const ids = product.photoFileIds;

  async function onPick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(null);
    setUploading(true);
    try {
      const stored = await uploadPhoto(file);
      await update.mutateAsync({ photoFileIds: [...ids, stored.id] });
    } catch (failure) {
      setError(failure);
    } finally {
      setUploading(false);
    }
  }

  function onRemove(fileId: string) {
    setError(null);
    update.mutate({ photoFileIds: ids.filter((id) => id !== fileId) }, { onError: setError });
  }

  return (
    <Card title={t('products.photos.title')}>
      {error !== null && <ProblemAlert error={error} className="mb-3" />}
      {ids.length === 0 ? (
        <p className="text-slate-600">{t('products.photos.empty')}</p>
      ) : (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {ids.map((id, index) => (
            <li key={id} className="flex min-w-0 flex-col gap-1">
              <a href={fileUrl(id)} className="focus-ring block rounded">
                <img
                  src={thumbnailUrl(id)}
                  alt={t('products.photos.alt', { n: index + 1, name: product.name })}
                  className="aspect-square w-full rounded object-cover"
                  loading="lazy"
                />
              </a>
              {canEdit && (
                <Button variant="ghost" size="sm" onClick={() => onRemove(id)} disabled={update.isPending}>
                  {t('products.photos.remove', { n: index + 1 })}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && ids.length < MAX_PRODUCT_PHOTOS && (
        <div className="mt-3 flex flex-col gap-1">
          <label className="focus-within:ring-2 inline-flex min-h-11 cursor-pointer items-center justify-center gap-2 self-start rounded-md border border-slate-300 bg-white px-4 font-medium text-navy-900 hover:bg-slate-50">
            {uploading ? <Spinner inline /> : null}
            {uploading ? t('products.photos.uploading') : t('products.photos.add')}
            <input
              type="file"
              accept="image/*"
              className="sr-only"
              onChange={(e) => void onPick(e)}
              disabled={uploading}
            />
          </label>
          <p className="text-sm text-slate-600">{t('products.photos.cover')}</p>
        </div>
      )}
    </Card>
  );
}
