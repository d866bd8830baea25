// The QR code of a newcomer topic page as a file beside the page, for the Gesprächsleitfaden: its 20 codes
// inline were 40 % of its HTML (over 14 KB gzip); as files they load after the text, cached for the next talk.
import type { APIRoute } from 'astro';
import { locales } from '../../../../domain/i18n/locales.ts';
import { guideTopicsForReader } from '../../../../lib/leitfaden.ts';
import { qrSvg } from '../../../../lib/qr.ts';

export async function getStaticPaths() {
  const paths = await Promise.all(locales.map(async (l) =>
    (await guideTopicsForReader(l.code)).map((t) => ({ params: { locale: l.code, slug: t.slug } }))));
  return paths.flat();
}

export const GET: APIRoute = async ({ params, site }) => {
  const url = new URL(`/${params['locale']}/themen/${params['slug']}/`, site).href;
  return new Response(await qrSvg(url), { headers: { 'content-type': 'image/svg+xml' } });
};
