// The German mails of the LOGIN area, as HTML and plain text. Pure functions: the outbox stores what they return.
import { escapeHtml, html, SafeHtml } from '../html.ts';
import type { InfomailContent } from './infomail-content.ts';
import { describeItem, STATUS_LABELS, type OrderItem, type OrderStatus } from '../../domain/gemeinden/orders.ts';
import type { Catalogue } from '../../domain/schemas/publications.ts';

export interface Mail { subject: string; html: string; text: string }

function frame(title: string, body: SafeHtml): string {
  return html`<!doctype html><html lang="de-CH"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}<p>Koordinationsstelle Integration, Kanton Solothurn</p></body></html>`.value;
}
const footer = '\n\n-- \nKoordinationsstelle Integration, Kanton Solothurn';

export function loginMail(link: string): Mail {
  const subject = 'Ihr Link zum Login für Gemeinden';
  return {
    subject,
    html: frame(subject, html`<p>Guten Tag</p><p>Mit diesem Link melden Sie sich im Login-Bereich für Gemeinden an:</p><p><a href="${link}">Jetzt anmelden</a></p><p>Der Link gilt 15 Minuten und nur einmal. Haben Sie keinen Link angefordert? Dann können Sie diese Mail löschen.</p>`),
    text: `Guten Tag\n\nMit diesem Link melden Sie sich im Login-Bereich für Gemeinden an:\n${link}\n\nDer Link gilt 15 Minuten und nur einmal. Haben Sie keinen Link angefordert? Dann können Sie diese Mail löschen.${footer}`,
  };
}

export interface OrderMailData {
  orderId: string;
  gemeinde: string;
  contactPerson: string;
  deliveryAddress: string;
  remark: string;
  items: OrderItem[];
}

function orderLines(catalogue: Catalogue, order: OrderMailData): string[] {
  return order.items.map((item) => describeItem(catalogue, item));
}

function orderHtml(catalogue: Catalogue, order: OrderMailData): SafeHtml {
  return html`<ul>${orderLines(catalogue, order).map((l) => html`<li>${l}</li>`)}</ul><p><strong>Lieferadresse:</strong><br>${new SafeHtmlLines(order.deliveryAddress).html}</p><p><strong>Kontaktperson:</strong> ${order.contactPerson}</p>${order.remark ? html`<p><strong>Bemerkung:</strong> ${order.remark}</p>` : ''}`;
}

class SafeHtmlLines {
  readonly html: SafeHtml;
  constructor(text: string) {
    this.html = html`${text.split(/\r?\n/).map((line, i) => (i === 0 ? line : [html`<br>`, line]))}`;
  }
}

function orderText(catalogue: Catalogue, order: OrderMailData): string {
  return `${orderLines(catalogue, order).map((l) => `- ${l}`).join('\n')}\n\nLieferadresse:\n${order.deliveryAddress}\n\nKontaktperson: ${order.contactPerson}${order.remark ? `\nBemerkung: ${order.remark}` : ''}`;
}

export function orderConfirmationMail(catalogue: Catalogue, order: OrderMailData): Mail {
  const subject = `Bestellung ${order.orderId} ist eingegangen`;
  return {
    subject,
    html: frame(subject, html`<p>Guten Tag</p><p>Wir haben Ihre Bestellung ${order.orderId} erhalten. Sie haben bestellt:</p>${orderHtml(catalogue, order)}<p>Wir schreiben Ihnen, sobald die Sendung unterwegs ist.</p>`),
    text: `Guten Tag\n\nWir haben Ihre Bestellung ${order.orderId} erhalten. Sie haben bestellt:\n\n${orderText(catalogue, order)}\n\nWir schreiben Ihnen, sobald die Sendung unterwegs ist.${footer}`,
  };
}

export function orderNotificationMail(catalogue: Catalogue, order: OrderMailData, adminUrl: string): Mail {
  const subject = `Neue Bestellung ${order.orderId} von ${order.gemeinde}`;
  return {
    subject,
    html: frame(subject, html`<p>Neue Bestellung ${order.orderId} von ${order.gemeinde}:</p>${orderHtml(catalogue, order)}<p><a href="${adminUrl}">Bestellungen verwalten</a></p>`),
    text: `Neue Bestellung ${order.orderId} von ${order.gemeinde}:\n\n${orderText(catalogue, order)}\n\nBestellungen verwalten: ${adminUrl}${footer}`,
  };
}

/** `shipped`: the order's items, listed in the mail so the Gemeinde can check the parcel against it. */
export function orderStatusMail(orderId: string, status: OrderStatus, shipped?: { catalogue: Catalogue; items: OrderItem[] }): Mail {
  const subject = `Bestellung ${orderId}: ${STATUS_LABELS[status]}`;
  const sentence = status === 'versandt'
    ? 'Ihre Bestellung ist versandt. Sie kommt in den nächsten Tagen bei Ihnen an.'
    : `Ihre Bestellung hat jetzt den Status „${STATUS_LABELS[status]}“.`;
  const lines = shipped && shipped.items.length > 0 ? shipped.items.map((item) => describeItem(shipped.catalogue, item)) : [];
  return {
    subject,
    html: frame(subject, html`<p>Guten Tag</p><p>${sentence}</p>${lines.length ? html`<p>Im Paket:</p><ul>${lines.map((l) => html`<li>${l}</li>`)}</ul>` : ''}<p>Bestellnummer: ${orderId}</p>`),
    text: `Guten Tag\n\n${sentence}\n\n${lines.length ? `Im Paket:\n${lines.map((l) => `- ${l}`).join('\n')}\n\n` : ''}Bestellnummer: ${orderId}${footer}`,
  };
}

/**
 * The outbox dedupe key of an Infomail for one contact (`infomail:<slug>:<contact id>`): nobody gets the
 * same Infomail twice. The prefix alone is what SQL extends with the contact id (scripts/infomail-send.ts).
 */
export function infomailDedupePrefix(slug: string): string {
  return `infomail:${slug}:`;
}
export function infomailDedupeKey(slug: string, contactId: number): string {
  return `${infomailDedupePrefix(slug)}${contactId}`;
}

/** `body`: the Infomail's Markdown rendered at build time (infomail-content.ts); its HTML is trusted as built. */
export function infomailMail(title: string, body: InfomailContent, archiveUrl: string): Mail {
  return {
    subject: `Infomail: ${title}`,
    html: frame(title, html`<h1>${title}</h1>${new SafeHtml(body.html)}<p><a href="${archiveUrl}">Im Login-Bereich lesen</a></p>`),
    text: `${title}\n\n${body.text}\n\nIm Login-Bereich lesen: ${archiveUrl}${footer}`,
  };
}

export { escapeHtml };
