import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { CreateOrderRequestBodySchema, type CreateOrderRequestBody, type OrderRequestReceipt } from '@selaras/contracts';
import { Alert, Button, Card, TextareaField, TextField } from '@/components/ui';
import { emptyToUndefined, toOptionalNumber } from '@/lib/form-values';
import { resolverOptions } from '@/lib/forms';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useSaveFeedback } from '@/lib/use-save-feedback';
import { useSendOrderRequest } from '../api/send-order-request';

type OrderInput = z.input<typeof CreateOrderRequestBodySchema>;
const SERVER_FIELDS: Path<OrderInput>[] = ['buyerName', 'contact', 'quantity', 'message'];
const EMPTY: OrderInput = { buyerName: '', contact: '', quantity: 1, message: '', website: '' };
const NOT_KEPT = ['website'] as const;

type OrderFormProps = { productId: string; productName: string; unitOfSale: string; cooperativeName: string | null };

/** The buyer's order request; what is typed is kept until it is sent, then a clear thank-you. */
export function OrderForm({ productId, productName, unitOfSale, cooperativeName }: OrderFormProps) {
  const { t } = useI18n();
  const draftKey = `order-request:${productId}`;
  const send = useSendOrderRequest(productId);
  const [receipt, setReceipt] = useState<OrderRequestReceipt | null>(null);
  const [defaults] = useState(() => ({ ...loadDraft(draftKey, EMPTY), website: '' }));
  const form = useForm<OrderInput, unknown, CreateOrderRequestBody>({
    resolver: zodResolver(CreateOrderRequestBodySchema, resolverOptions),
    defaultValues: defaults,
  });
  useFormDraft(form, draftKey, NOT_KEPT);
  const { errors } = form.formState;
  const { say, attempt, notices } = useSaveFeedback(form.setError);

  const onSubmit = form.handleSubmit((values) =>
    attempt(async () => {
      setReceipt(await send.mutateAsync(values));
      clearDraft(draftKey);
      form.reset(EMPTY);
    }, SERVER_FIELDS),
  );

  if (receipt) {
    return (
      <Card title={t('catalogue.order.thanksTitle')}>
        <Alert tone="success" title={t('catalogue.order.thanks', { product: receipt.productName })}>
          {receipt.cooperativeName ? t('catalogue.order.thanksCooperative', { cooperative: receipt.cooperativeName }) : t('catalogue.order.thanksUnit')}
        </Alert>
        <div className="mt-3">
          <Button variant="secondary" onClick={() => setReceipt(null)}>
            {t('catalogue.order.another')}
          </Button>
        </div>
      </Card>
    );
  }

  return (
    <Card title={t('catalogue.order.title')}>
      <form onSubmit={onSubmit} noValidate aria-label={t('catalogue.order.formLabel', { product: productName })} className="flex flex-col gap-3">
        <p className="text-sm text-slate-700">{cooperativeName ? t('catalogue.order.introCooperative', { cooperative: cooperativeName }) : t('catalogue.order.intro')}</p>
        {notices(t('catalogue.order.sent'))}
        <TextField label={t('catalogue.order.buyerName')} required autoComplete="organization" error={say(errors.buyerName?.message)} {...form.register('buyerName')} />
        <TextField
          label={t('catalogue.order.contact')}
          hint={t('catalogue.order.contactHint')}
          required
          autoComplete="tel"
          error={say(errors.contact?.message)}
          {...form.register('contact')}
        />
        <TextField
          type="number"
          inputMode="numeric"
          min={1}
          max={100000}
          label={t('catalogue.order.quantity', { unit: unitOfSale })}
          required
          error={say(errors.quantity?.message)}
          {...form.register('quantity', { setValueAs: toOptionalNumber })}
        />
        <TextareaField label={t('catalogue.order.message')} rows={3} error={say(errors.message?.message)} {...form.register('message', { setValueAs: emptyToUndefined })} />
        <div hidden>
          <TextField label={t('catalogue.order.leaveEmpty')} tabIndex={-1} autoComplete="off" {...form.register('website')} />
        </div>
        <p className="text-xs text-slate-600">{t('catalogue.order.privacy')}</p>
        <div>
          <Button type="submit" busy={send.isPending}>
            {t('catalogue.order.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
