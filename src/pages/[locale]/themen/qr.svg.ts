// The QR codes of a language's newcomer topic pages in one file, for the Gesprächsleitfaden: its 20 codes inline
// were 40 % of its HTML (over 14 KB gzip). One file, not 20: as 20 images they cost the guide its Lighthouse
// performance (20 requests beside the stylesheet, 20 SVG documents to parse); the sprite is one request, cached.
import type { APIRoute } from 'astro';
import { localeStaticPaths } from '../../../lib/locale-paths.ts';
import { guideTopicsForReader } from '../../../lib/leitfaden.ts';
import { qrSprite } from '../../../lib/qr.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params['locale']!;
  const topics = await guideTopicsForReader(locale);
  const svg = await qrSprite(topics.map((t) => ({ id: t.slug, url: new URL(`/${locale}/themen/${t.slug}/`, site).href })));
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
