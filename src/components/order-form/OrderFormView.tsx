// The order form, defined once. The Function renders it to HTML for every request (react-dom/server in
// workerd, `server.ts`), so it works without JavaScript; the island (`OrderForm.tsx`) renders the same
// component in the browser with react-hook-form. What differs between the two is passed in: how a field is
// bound (`bind`), and the actions only a script can do (add or remove a row).
import type { FormEvent, ReactNode, Ref } from 'react';
import { fieldId, germanOnlyTitles, languagesFor, ORDER_LIMITS, type LanguageNameOf, type OrderFieldPath } from '../../domain/gemeinden/orders.ts';
import type { Catalogue } from '../../domain/schemas/publications.ts';

/** Attributes spread onto an input, select or textarea: `name` + `defaultValue` on the server, `register()` in the island. */
export type FieldBinding = Record<string, unknown>;

export interface OrderFormViewProps {
  catalogue: Catalogue;
  /** German language names for the language lists (the island gets them as data, not the locale registry). */
  languageName: LanguageNameOf;
  /** One entry per row; `publication` decides which languages the row offers. */
  rows: { key: string; publication: string }[];
  /** Error message by field path (`items.0.quantity`, `deliveryAddress`, `_` for the whole order). */
  errors: Record<string, string>;
  bind: (path: OrderFieldPath) => FieldBinding;
  /** Server-rendered form: posts to /api/orders with this key. */
  idempotencyKey?: string;
  /** Island only. */
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  onAddRow?: () => void;
  onRemoveRow?: (index: number) => void;
  submitting?: boolean;
  serverError?: string | null;
  summaryRef?: Ref<HTMLDivElement>;
}

/** The field an error belongs to, or the form itself for errors of the whole order. */
export function errorAnchor(path: string): string {
  return /^items\.\d+\.(publication|language|quantity)$/.test(path) || ['deliveryAddress', 'contactPerson', 'remark'].includes(path)
    ? fieldId(path) : 'order-form';
}

export function ErrorSummary({ errors, serverError, summaryRef }: { errors: Record<string, string>; serverError?: string | null | undefined; summaryRef?: Ref<HTMLDivElement> | undefined }) {
  const entries = Object.entries(errors);
  if (entries.length === 0 && !serverError) return null;
  const title = entries.length === 1 ? 'Bitte korrigieren Sie einen Punkt' : entries.length > 1 ? `Bitte korrigieren Sie ${entries.length} Punkte` : 'Das hat nicht geklappt';
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={summaryRef} id="error-summary">
      <h2 id="error-summary-title">{title}</h2>
      {serverError && <p>{serverError}</p>}
      <ul>{entries.map(([path, message]) => <li key={path}><a href={`#${errorAnchor(path)}`}>{message}</a></li>)}</ul>
    </div>
  );
}

export default function OrderFormView(props: OrderFormViewProps) {
  const { catalogue, languageName, rows, errors, bind, idempotencyKey, onSubmit, onAddRow, onRemoveRow, submitting = false } = props;
  const island = onSubmit !== undefined;
  const invalid = (path: string) => (errors[path] ? { 'aria-invalid': true, 'aria-describedby': `${fieldId(path)}-error` } : {});
  const error = (path: string): ReactNode => errors[path] && (
    <p className="field-error" id={`${fieldId(path)}-error`}><span className="visually-hidden">Fehler: </span>{errors[path]}</p>
  );
  const germanOnly = germanOnlyTitles(catalogue);
  return (
    <>
      <ErrorSummary errors={errors} serverError={props.serverError} summaryRef={props.summaryRef} />
      <form id="order-form" className="order-form" noValidate {...(island ? { onSubmit } : { method: 'post', action: '/api/orders' })}>
        {idempotencyKey !== undefined && <input type="hidden" name="idempotencyKey" value={idempotencyKey} />}
        <h2>Was möchten Sie bestellen?</h2>
        <p>{island ? 'Eine Zeile pro Publikation und Sprache.' : 'Füllen Sie eine Zeile pro Publikation und Sprache aus. Leere Zeilen werden nicht bestellt.'}</p>
        {germanOnly.length > 0 && <p id="order-languages-note">Nur auf Deutsch gibt es: {germanOnly.join('; ')}.</p>}
        {error('items')}{error('items.root')}
        {rows.map((row, i) => {
          const p = `items.${i}` as const;
          return (
            <fieldset className="order-row" key={row.key}>
              <legend>Position {i + 1}</legend>
              <div className="field field--publication">
                <label htmlFor={fieldId(`${p}.publication`)}>Publikation</label>{error(`${p}.publication`)}
                <select id={fieldId(`${p}.publication`)} {...bind(`${p}.publication`)} {...invalid(`${p}.publication`)}>
                  <option value="">{island ? '– bitte wählen –' : '– keine –'}</option>
                  {catalogue.map((pub) => <option key={pub.id} value={pub.id}>{pub.title} (höchstens {pub.maxPerOrder})</option>)}
                </select>
              </div>
              <div className="field">
                <label htmlFor={fieldId(`${p}.language`)}>Sprache</label>{error(`${p}.language`)}
                <select id={fieldId(`${p}.language`)} {...bind(`${p}.language`)} {...invalid(`${p}.language`)}>
                  {languagesFor(catalogue, row.publication).map((code) => <option key={code} value={code}>{languageName(code)}</option>)}
                </select>
              </div>
              <div className="field">
                <label htmlFor={fieldId(`${p}.quantity`)}>Menge</label>{error(`${p}.quantity`)}
                <input id={fieldId(`${p}.quantity`)} type="number" inputMode="numeric" min={1} step={1} {...bind(`${p}.quantity`)} {...invalid(`${p}.quantity`)} />
              </div>
              {onRemoveRow && rows.length > 1 && (
                <p className="order-row__remove"><button type="button" className="button button--secondary" onClick={() => onRemoveRow(i)}>Position {i + 1} entfernen</button></p>
              )}
            </fieldset>
          );
        })}
        {onAddRow && rows.length < ORDER_LIMITS.maxItems && (
          <p><button type="button" className="button button--secondary" onClick={onAddRow}>Weitere Position hinzufügen</button></p>
        )}
        <h2>Lieferung</h2>
        <div className="field">
          <label htmlFor="deliveryAddress">Lieferadresse</label>{error('deliveryAddress')}
          <textarea id="deliveryAddress" rows={4} maxLength={ORDER_LIMITS.deliveryAddress} autoComplete="street-address" {...bind('deliveryAddress')} {...invalid('deliveryAddress')} />
        </div>
        <div className="field">
          <label htmlFor="contactPerson">Kontaktperson</label>{error('contactPerson')}
          <input id="contactPerson" type="text" maxLength={ORDER_LIMITS.contactPerson} autoComplete="name" {...bind('contactPerson')} {...invalid('contactPerson')} />
        </div>
        <div className="field">
          <label htmlFor="remark">Bemerkung (freiwillig)</label>{error('remark')}
          <textarea id="remark" rows={3} maxLength={ORDER_LIMITS.remark} {...bind('remark')} {...invalid('remark')} />
        </div>
        <p><button type="submit" className="button" disabled={submitting}>{submitting ? 'Wird gesendet …' : 'Bestellung senden'}</button></p>
      </form>
    </>
  );
}
