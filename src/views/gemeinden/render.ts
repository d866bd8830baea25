// HTML the Functions fill into the static pages of the LOGIN area (history, admin lists; the order form is
// src/components/order-form/). Forms are plain HTML forms, so everything works without JavaScript.
import { html, type SafeHtml } from '../html.ts';
import { ORDER_STATUSES, STATUS_LABELS, describeItem, type OrderItem, type OrderStatus } from '../../domain/gemeinden/orders.ts';
import type { Catalogue } from '../../domain/schemas/publications.ts';
import { ADMIN_PAGE_SIZE, adminHref, adminQueryString, pageCount, type AdminListQuery } from '../../domain/gemeinden/admin-list.ts';

export interface OrderRow {
  id: string;
  status: OrderStatus;
  created_at: string;
  gemeinde?: string;
  contact_person: string;
  items: OrderItem[];
}

export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat('de-CH', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Zurich' }).format(d);
}

function itemsList(catalogue: Catalogue, items: OrderItem[]): SafeHtml {
  return html`<ul class="order-items">${items.map((i) => html`<li>${describeItem(catalogue, i)}</li>`)}</ul>`;
}

export function renderHistory(catalogue: Catalogue, orders: OrderRow[], newOrderId?: string): SafeHtml {
  const notice = newOrderId && orders.some((o) => o.id === newOrderId)
    ? html`<div class="success-notice" role="status"><p>Danke! Ihre Bestellung ${newOrderId} ist eingegangen. Sie erhalten eine Bestätigung per Mail.</p></div>`
    : html``;
  if (orders.length === 0) return html`${notice}<p>Sie haben noch nichts bestellt.</p>`;
  return html`${notice}<table class="data-table"><caption>Ihre Bestellungen, neueste zuerst</caption>
<thead><tr><th scope="col">Nummer</th><th scope="col">Datum</th><th scope="col">Bestellt</th><th scope="col">Status</th></tr></thead>
<tbody>${orders.map((o) => html`<tr id="order-${o.id}"><th scope="row">${o.id}</th><td>${formatTimestamp(o.created_at)}</td><td>${itemsList(catalogue, o.items)}</td><td><span class="status status--${o.status}">${STATUS_LABELS[o.status]}</span></td></tr>`)}</tbody></table>`;
}

export interface AdminOrdersView {
  orders: OrderRow[];
  /** Orders matching the query, on all pages. */
  total: number;
  query: AdminListQuery;
  /** After a status change: the order and its new status, for the confirmation. */
  saved?: { id: string; status: OrderStatus } | undefined;
}

function pagination(view: AdminOrdersView): SafeHtml {
  const pages = pageCount(view.total);
  if (pages <= 1) return html``;
  const { page } = view.query;
  const link = (n: number, label: string, rel: string) => html`<a href="${adminHref({ ...view.query, page: n })}" rel="${rel}">${label}</a>`;
  return html`<nav class="pagination" aria-label="Seiten der Bestellungen"><p>Seite ${page} von ${pages}</p><ul>
${page > 1 ? html`<li>${link(1, 'Erste Seite', 'first')}</li><li>${link(page - 1, 'Vorherige Seite', 'prev')}</li>` : ''}
${page < pages ? html`<li>${link(page + 1, 'Nächste Seite', 'next')}</li><li>${link(pages, 'Letzte Seite', 'last')}</li>` : ''}
</ul></nav>`;
}

export function renderAdminOrders(catalogue: Catalogue, view: AdminOrdersView): SafeHtml {
  const { orders, total, query } = view;
  const csvQuery = adminQueryString({ ...query, page: 1, q: '' });
  const saved = view.saved
    ? html`<div class="success-notice" role="status" id="gespeichert"><p>Gespeichert: Bestellung ${view.saved.id} hat jetzt den Status „${STATUS_LABELS[view.saved.status]}“.${view.saved.status === 'versandt' ? ' Die Gemeinde bekommt eine E-Mail mit den versandten Publikationen.' : ''}</p></div>`
    : html``;
  const filterForm = html`<form class="filter-form" method="get" action="/gemeinden/admin/" role="search" aria-label="Bestellungen suchen">
<div class="field"><label for="order-search">Bestellnummer oder Gemeinde</label><input id="order-search" name="q" type="search" maxlength="100" value="${query.q}"></div>
<div class="field"><label for="status-filter">Status</label>
<select id="status-filter" name="status"><option value="">alle</option>${ORDER_STATUSES.map((s) => html`<option value="${s}"${query.status === s ? html` selected` : ''}>${STATUS_LABELS[s]}</option>`)}</select></div>
<p><button type="submit" class="button">Suchen</button>${query.q || query.status ? html` <a href="/gemeinden/admin/" class="button button--secondary">Alle zeigen</a>` : ''}</p>
</form>
<p><a href="/api/admin/orders.csv${csvQuery ? `?${csvQuery}` : ''}">Als CSV herunterladen (für Excel)</a></p>`;
  const back = adminQueryString(query);
  if (orders.length === 0) return html`${saved}${filterForm}<p role="status">Keine Bestellungen gefunden.</p>`;
  const first = (query.page - 1) * ADMIN_PAGE_SIZE + 1;
  return html`${saved}${filterForm}<p role="status">${total === 1 ? '1 Bestellung' : `${total} Bestellungen`}${total > orders.length ? `, hier ${first} bis ${first + orders.length - 1}` : ''}.</p>
<div class="table-scroll"><table class="data-table data-table--orders"><caption>Bestellungen, neueste zuerst</caption>
<thead><tr><th scope="col">Nummer</th><th scope="col">Gemeinde</th><th scope="col">Datum</th><th scope="col">Bestellt</th><th scope="col" class="sticky-end">Status</th></tr></thead>
<tbody>${orders.map((o) => html`<tr id="order-${o.id}"><th scope="row">${o.id}</th><td>${o.gemeinde ?? ''}<br>${o.contact_person}</td><td>${formatTimestamp(o.created_at)}</td><td>${itemsList(catalogue, o.items)}</td>
<td class="sticky-end"><form method="post" action="/api/admin/order-status"><input type="hidden" name="orderId" value="${o.id}"><input type="hidden" name="back" value="${back}">
<label for="status-${o.id}">Status von ${o.id}</label>
<select id="status-${o.id}" name="status">${ORDER_STATUSES.map((s) => html`<option value="${s}"${o.status === s ? html` selected` : ''}>${STATUS_LABELS[s]}</option>`)}</select>
<button type="submit" class="button">Speichern</button></form></td></tr>`)}</tbody></table></div>
${pagination(view)}`;
}

export interface ContactRow { id: number; email: string; name: string; role: string; gemeinde: string | null; demo: number }
export interface GemeindeRow { id: number; name: string; sample: number }

export function renderContacts(contacts: ContactRow[], gemeinden: GemeindeRow[]): SafeHtml {
  return html`<table class="data-table"><caption>Kontakte (${contacts.length})</caption>
<thead><tr><th scope="col">E-Mail</th><th scope="col">Name</th><th scope="col">Rolle</th><th scope="col">Gemeinde</th><th scope="col">Aktion</th></tr></thead>
<tbody>${contacts.map((c) => html`<tr><th scope="row">${c.email}${c.demo ? ' (Demo)' : ''}</th><td>${c.name}</td><td>${c.role}</td><td>${c.gemeinde ?? '–'}</td>
<td><form method="post" action="/api/admin/contacts"><input type="hidden" name="action" value="remove"><input type="hidden" name="email" value="${c.email}"><button type="submit" class="button button--secondary">${`Entfernen`}<span class="visually-hidden"> ${c.email}</span></button></form></td></tr>`)}</tbody></table>
<h2>Kontakt hinzufügen</h2>
<form method="post" action="/api/admin/contacts" class="contact-form"><input type="hidden" name="action" value="add">
<div class="field"><label for="contact-email">E-Mail</label><input id="contact-email" name="email" type="email" required autocomplete="off"></div>
<div class="field"><label for="contact-name">Name</label><input id="contact-name" name="name" type="text" required autocomplete="off"></div>
<fieldset><legend>Rolle</legend>
<div><input type="radio" id="role-gemeinde" name="role" value="gemeinde" checked> <label for="role-gemeinde">Gemeinde</label></div>
<div><input type="radio" id="role-ks" name="role" value="koordinationsstelle"> <label for="role-ks">Koordinationsstelle</label></div></fieldset>
<div class="field"><label for="contact-gemeinde">Gemeinde</label><select id="contact-gemeinde" name="gemeinde"><option value="">– keine (nur Koordinationsstelle) –</option>${gemeinden.map((g) => html`<option value="${g.name}">${g.name}</option>`)}</select></div>
<p><button type="submit" class="button">Hinzufügen</button></p></form>`;
}

export interface OutboxRow { id: number; kind: string; to_email: string; subject: string; status: string; attempts: number; last_error: string | null; created_at: string; sent_at: string | null }

export function renderOutbox(rows: OutboxRow[]): SafeHtml {
  if (rows.length === 0) return html`<p>Der Postausgang ist leer.</p>`;
  return html`<table class="data-table"><caption>Postausgang, neueste zuerst (höchstens 200)</caption>
<thead><tr><th scope="col">Nr.</th><th scope="col">Art</th><th scope="col">An</th><th scope="col">Betreff</th><th scope="col">Status</th><th scope="col">Versuche</th><th scope="col">Aktion</th></tr></thead>
<tbody>${rows.map((r) => html`<tr id="mail-${r.id}"><th scope="row">${r.id}</th><td>${r.kind}</td><td>${r.to_email}</td><td>${r.subject}</td>
<td>${r.status}${r.last_error ? html`<br><small>${r.last_error}</small>` : ''}</td><td>${r.attempts}</td>
<td>${r.status === 'sent' ? '–' : html`<form method="post" action="/api/admin/outbox-retry"><input type="hidden" name="id" value="${r.id}"><button type="submit" class="button button--secondary">Jetzt senden<span class="visually-hidden"> (Mail ${r.id})</span></button></form>`}</td></tr>`)}</tbody></table>`;
}
