// React island that enhances the order form: rows can be added and removed, errors show while typing,
// and the order is sent as JSON. It uses the same zod schema as POST /api/orders (react-hook-form + zod
// resolver). Without JavaScript the server-rendered form (same fields, same ids) does the same job.
import { useEffect, useRef, useState } from 'react';
import { useFieldArray, useForm, type FieldErrors } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { fieldId, languageName, ORDER_LIMITS, orderSchema, type OrderInput } from '../../domain/gemeinden/orders.ts';
import type { Catalogue } from '../../domain/schemas/publications.ts';
import { z } from 'zod';

// zod compiles object schemas with `new Function` unless told not to, and first probes whether it may.
// Our Content-Security-Policy forbids eval, so the probe alone logs a CSP violation in the browser.
z.config({ jitless: true });

interface Props { catalogue: Catalogue }
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

/** The field an error belongs to, or the form itself for errors of the whole order. */
function anchor(path: string): string {
  return /^items\.\d+\.(publication|language|quantity)$/.test(path) || ['deliveryAddress', 'contactPerson', 'remark'].includes(path)
    ? fieldId(path) : 'order-form';
}

/** Values the server put into the plain form (Gemeinde's address, contact name), read once at start. */
function serverValue(name: string): string {
  const el = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#order-form-fallback [name="${name}"]`);
  return el?.value ?? '';
}

export default function OrderForm({ catalogue }: Props) {
  const schema = orderSchema(catalogue);
  const languages = [...new Set(catalogue.flatMap((p) => p.languages))];
  const [serverError, setServerError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  // Only where the server rendered a form (a Gemeinde contact), the island takes over.
  const [active, setActive] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const { register, control, handleSubmit, setError, reset, formState: { errors, submitCount } } = useForm<FormValues, unknown, OrderInput>({
    resolver: zodResolver(schema) as never,
    mode: 'onTouched',
    defaultValues: { idempotencyKey: '', items: [{ publication: '', language: 'de', quantity: Number.NaN }], deliveryAddress: '', contactPerson: '', remark: '' },
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'items' });

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

  const invalid = (path: string) => (flat[path] ? { 'aria-invalid': true, 'aria-describedby': `${fieldId(path)}-error` } : {});
  const error = (path: string) => flat[path] && (
    <p className="field-error" id={`${fieldId(path)}-error`}><span className="visually-hidden">Fehler: </span>{flat[path]}</p>
  );

  if (!active) return null;
  return (
    <>
      {(messages.length > 0 || serverError) && (
        <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={summaryRef} id="error-summary">
          <h2 id="error-summary-title">{messages.length === 1 ? 'Bitte korrigieren Sie einen Punkt' : messages.length > 1 ? `Bitte korrigieren Sie ${messages.length} Punkte` : 'Das hat nicht geklappt'}</h2>
          {serverError && <p>{serverError}</p>}
          <ul>{messages.map(([path, message]) => <li key={path}><a href={`#${anchor(path)}`}>{message}</a></li>)}</ul>
        </div>
      )}
      <form id="order-form" className="order-form" noValidate onSubmit={onSubmit}>
        <h2>Was möchten Sie bestellen?</h2>
        <p>Eine Zeile pro Publikation und Sprache.</p>
        {error('items')}{error('items.root')}
        {fields.map((field, i) => {
          const p = `items.${i}` as const;
          return (
            <fieldset className="order-row" key={field.id}>
              <legend>Position {i + 1}</legend>
              <div className="field">
                <label htmlFor={fieldId(`${p}.publication`)}>Publikation</label>{error(`${p}.publication`)}
                <select id={fieldId(`${p}.publication`)} {...register(`items.${i}.publication`)} {...invalid(`${p}.publication`)}>
                  <option value="">– bitte wählen –</option>
                  {catalogue.map((pub) => <option key={pub.id} value={pub.id}>{pub.title} (höchstens {pub.maxPerOrder})</option>)}
                </select>
              </div>
              <div className="field">
                <label htmlFor={fieldId(`${p}.language`)}>Sprache</label>{error(`${p}.language`)}
                <select id={fieldId(`${p}.language`)} {...register(`items.${i}.language`)} {...invalid(`${p}.language`)}>
                  {languages.map((code) => <option key={code} value={code}>{languageName(code)}</option>)}
                </select>
              </div>
              <div className="field">
                <label htmlFor={fieldId(`${p}.quantity`)}>Menge</label>{error(`${p}.quantity`)}
                <input id={fieldId(`${p}.quantity`)} type="number" inputMode="numeric" min={1} step={1}
                  {...register(`items.${i}.quantity`, { valueAsNumber: true })} {...invalid(`${p}.quantity`)} />
              </div>
              {fields.length > 1 && (
                <p><button type="button" className="button button--secondary" onClick={() => remove(i)}>Position {i + 1} entfernen</button></p>
              )}
            </fieldset>
          );
        })}
        {fields.length < ORDER_LIMITS.maxItems && (
          <p><button type="button" className="button button--secondary" onClick={() => append({ publication: '', language: 'de', quantity: Number.NaN })}>Weitere Position hinzufügen</button></p>
        )}
        <h2>Lieferung</h2>
        <div className="field">
          <label htmlFor="deliveryAddress">Lieferadresse</label>{error('deliveryAddress')}
          <textarea id="deliveryAddress" rows={4} maxLength={ORDER_LIMITS.deliveryAddress} autoComplete="street-address" {...register('deliveryAddress')} {...invalid('deliveryAddress')} />
        </div>
        <div className="field">
          <label htmlFor="contactPerson">Kontaktperson</label>{error('contactPerson')}
          <input id="contactPerson" type="text" maxLength={ORDER_LIMITS.contactPerson} autoComplete="name" {...register('contactPerson')} {...invalid('contactPerson')} />
        </div>
        <div className="field">
          <label htmlFor="remark">Bemerkung (freiwillig)</label>{error('remark')}
          <textarea id="remark" rows={3} maxLength={ORDER_LIMITS.remark} {...register('remark')} {...invalid('remark')} />
        </div>
        <p><button type="submit" className="button" disabled={submitting}>{submitting ? 'Wird gesendet …' : 'Bestellung senden'}</button></p>
      </form>
    </>
  );
}
