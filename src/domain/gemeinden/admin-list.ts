// The admin order list's query (search, status filter, page) as one value: read from the URL, written
// into links and into the status forms, so saving a status brings the admin back to the same view.
import { ORDER_STATUSES, type OrderStatus } from './orders.ts';

export const ADMIN_PAGE_SIZE = 50;
const MAX_QUERY = 100;

export interface AdminListQuery {
  /** Order number or part of a Gemeinde's name; "" for all. */
  q: string;
  status: OrderStatus | undefined;
  /** 1-based. */
  page: number;
}

export function parseAdminQuery(params: URLSearchParams): AdminListQuery {
  const q = (params.get('q') ?? '').replace(/[\u0000-\u001F\u007F]/g, '').trim().slice(0, MAX_QUERY);
  const status = params.get('status') ?? '';
  const page = Number(params.get('seite') ?? '1');
  return {
    q,
    status: (ORDER_STATUSES as readonly string[]).includes(status) ? (status as OrderStatus) : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

/** The query string (without `?`) of a view; only what differs from the default. */
export function adminQueryString(query: AdminListQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.status) params.set('status', query.status);
  if (query.page > 1) params.set('seite', String(query.page));
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString();
}

export function adminHref(query: AdminListQuery, extra: Record<string, string> = {}, hash = ''): string {
  const qs = adminQueryString(query, extra);
  return `/gemeinden/admin/${qs ? `?${qs}` : ''}${hash}`;
}

/** SQL LIKE pattern for a search text (its own % and _ taken literally; use with ESCAPE '\'). */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function pageCount(total: number, pageSize = ADMIN_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
