// React island that enhances the order form: rows can be added and removed, errors show while typing,
// each row offers only its publication's languages, and the order is sent as JSON. It uses the same zod
// schema as POST /api/orders (react-hook-form + a small zod resolver, zod-resolver.ts) and the same form
// definition as the server-rendered form without JavaScript (OrderFormView.tsx).
import { useEffect, useRef, useState } from 'react';
import { useFieldArray, useForm, type FieldErrors } from 'react-hook-form';
import { languagesFor, orderSchema, type OrderFieldPath, type OrderInput } from '../../domain/gemeinden/orders.ts';
import OrderFormView from './OrderFormView.tsx';
import { zodResolver } from './zod-resolver.ts';
import type { Catalogue } from '../../domain/schemas/publications.ts';
import { config } from 'zod/mini';

// zod compiles object schemas with `new Function` unless told not to, and first probes whether it may.
// Our Content-Security-Policy forbids eval, so the probe alone logs a CSP violation in the browser.
config({ jitless: true });

interface Props {
  catalogue: Catalogue;
  /** German names of the catalogue's languages by code: data from the page, so the island does not bundle the locale registry. */
  languageNames: Record<string, string>;
}
interface FormValues { idempotencyKey: string; items: { publication: string; language: string; quantity: number }[]; deliveryAddress: string; contactPerson: string; remark: string }

function flatten(errors: FieldErrors<FormValues>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(errors ?? {})) {
    if (!value || key === 'ref') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof (value as { message?: unknown }).message === 'string') out[path] = (value as { message: string }).message;
    else if (typeof value === 'object') Object.assign(out, flatten(value as FieldErrors<FormValues>, path));
  }
  return out;
}

/** Values the server put into the plain form (Gemeinde's address, contact name), read once at start. */
function serverValue(name: string): string {
  const el = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#order-form-fallback [name="${name}"]`);
  return el?.value ?? '';
}

export default function OrderForm({ catalogue, languageNames }: Props) {
  const nameOf = (code: string) => languageNames[code] ?? code;
  const schema = orderSchema(catalogue, nameOf);
  const [serverError, setServerError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  // Only where the server rendered a form (a Gemeinde contact), the island takes over.
  const [active, setActive] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const { register, control, handleSubmit, setError, reset, setValue, getValues, watch, formState: { errors, submitCount } } = useForm<FormValues, unknown, OrderInput>({
    resolver: zodResolver(schema) as never,
    mode: 'onTouched',
    defaultValues: { idempotencyKey: '', items: [{ publication: '', language: 'de', quantity: Number.NaN }], deliveryAddress: '', contactPerson: '', remark: '' },
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'items' });
  const items = watch('items');

  // A publication that lacks the row's language (German-only brochures): switch the row to one it has.
  useEffect(() => {
    items.forEach((item, i) => {
      const offered = languagesFor(catalogue, item.publication);
      if (!offered.includes(item.language)) setValue(`items.${i}.language`, offered[0] ?? 'de', { shouldValidate: submitCount > 0 });
    });
  }, [items.map((item) => `${item.publication}|${item.language}`).join(',')]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    reset({
      idempotencyKey: crypto.randomUUID(),
      items: [{ publication: '', language: 'de', quantity: Number.NaN }],
      deliveryAddress: serverValue('deliveryAddress'),
      contactPerson: serverValue('contactPerson'),
      remark: '',
    });
    const fallback = document.getElementById('order-form-fallback');
    if (fallback?.querySelector('form')) {
      // Removed, not hidden: the island's fields use the same ids, and labels must point to one field each.
      fallback.remove();
      setActive(true);
    }
  }, [reset]);

  const flat = flatten(errors);
  const messages = Object.entries(flat);
  useEffect(() => {
    if (submitCount > 0 && messages.length > 0) summaryRef.current?.focus();
  }, [submitCount]); // eslint-disable-line react-hooks/exhaustive-deps

  const onSubmit = handleSubmit(async (order) => {
    setSubmitting(true);
    setServerError(null);
    try {
      const res = await fetch('/api/orders', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(order) });
      const body = (await res.json()) as { order?: { id: string }; error?: { message: string; fields?: Record<string, string> } };
      if (res.ok && body.order) {
        window.location.assign(`/gemeinden/bestellungen/?neu=${encodeURIComponent(body.order.id)}#order-${body.order.id}`);
        return;
      }
      if (res.status === 401) {
        window.location.assign(`/gemeinden/login/?return=${encodeURIComponent('/gemeinden/bestellen/')}`);
        return;
      }
      for (const [path, message] of Object.entries(body.error?.fields ?? {})) setError(path as 'remark', { message });
      setServerError(body.error?.message ?? 'Die Bestellung konnte nicht gesendet werden.');
      summaryRef.current?.focus();
    } catch {
      setServerError('Keine Verbindung. Bitte prüfen Sie die Internetverbindung und senden Sie noch einmal. Es entsteht keine doppelte Bestellung.');
    } finally {
      setSubmitting(false);
    }
  });

  if (!active) return null;
  const bind = (path: OrderFieldPath) => register(path as 'remark', path.endsWith('.quantity') ? { valueAsNumber: true } as never : undefined);
  return (
    <OrderFormView
      catalogue={catalogue}
      languageName={nameOf}
      rows={fields.map((field, i) => ({ key: field.id, publication: items[i]?.publication ?? getValues(`items.${i}.publication`) ?? '' }))}
      errors={flat}
      bind={bind}
      onSubmit={onSubmit}
      onAddRow={() => append({ publication: '', language: 'de', quantity: Number.NaN })}
      onRemoveRow={remove}
      submitting={submitting}
      serverError={serverError}
      summaryRef={summaryRef}
    />
  );
}
