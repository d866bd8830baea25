// The order form as HTML for the Functions (no JavaScript needed): the one form definition
// (`OrderFormView.tsx`) rendered with react-dom/server. In workerd `react-dom/server` resolves to its edge
// build; renderToStaticMarkup is synchronous and adds no hydration markers (the island mounts its own copy).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { SafeHtml } from '../../views/html.ts';
import { languageName, ORDER_LIMITS, type OrderFieldPath } from '../../domain/gemeinden/orders.ts';
import type { Catalogue } from '../../domain/schemas/publications.ts';
import OrderFormView from './OrderFormView.tsx';

export interface OrderFormValues {
  idempotencyKey: string;
  deliveryAddress: string;
  contactPerson: string;
  remark: string;
  /** Rows by form index. */
  items: Record<number, { publication?: string; language?: string; quantity?: string }>;
}

export function renderOrderForm(catalogue: Catalogue, values: OrderFormValues, errors: Record<string, string> = {}): SafeHtml {
  const maxRow = Math.max(-1, ...Object.keys(values.items).map(Number));
  // Empty rows to spare: a Gemeinde without JavaScript cannot add one.
  const rowCount = Math.min(ORDER_LIMITS.maxItems, Math.max(ORDER_LIMITS.formRows, maxRow + 2));
  const rows = Array.from({ length: rowCount }, (_, i) => ({ key: String(i), publication: values.items[i]?.publication ?? '' }));
  const valueOf = (path: OrderFieldPath): string => {
    const m = /^items\.(\d+)\.(publication|language|quantity)$/.exec(path);
    if (!m) return values[path as 'remark'];
    const row = values.items[Number(m[1])] ?? {};
    return row[m[2] as 'language'] ?? (m[2] === 'language' ? 'de' : '');
  };
  const bind = (path: OrderFieldPath) => ({ name: path, defaultValue: valueOf(path) });
  return new SafeHtml(renderToStaticMarkup(createElement(OrderFormView, { catalogue, languageName, rows, errors, bind, idempotencyKey: values.idempotencyKey })));
}
