// Fills the `data-slot` elements of the static LOGIN-area pages with per-request HTML.
import type { SafeHtml } from '../../src/views/html.ts';
import type { Env } from './env.ts';

export type Slots = Record<string, SafeHtml | { attribute: string; value: string }>;

export function fillSlots(response: Response, slots: Slots, status?: number): Response {
  let rewriter = new HTMLRewriter();
  for (const [name, content] of Object.entries(slots)) {
    rewriter = rewriter.on(`[data-slot="${name}"]`, {
      element(element) {
        element.removeAttribute('data-slot');
        if ('attribute' in content) element.setAttribute(content.attribute, content.value);
        else element.setInnerContent(content.value, { html: true });
      },
    });
  }
  const headers = new Headers(response.headers);
  headers.set('cache-control', 'private, no-store');
  headers.delete('etag');
  headers.delete('content-length');
  const filled = rewriter.transform(response);
  return new Response(filled.body, { status: status ?? response.status, headers });
}

/** A built page of the LOGIN area (its static HTML) with slots filled, e.g. the order form with errors. */
export async function pageWithSlots(env: Env, request: Request, path: string, slots: Slots, status: number): Promise<Response> {
  const page = await env.ASSETS.fetch(new URL(path, request.url));
  return fillSlots(page, slots, status);
}
