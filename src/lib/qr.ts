// QR codes made at build time by the `qrcode` library, as SVG (no script, no data: URL).
import QRCode from 'qrcode';

/** The SVG of a QR code for `url` (error correction M: still reads from a creased or smudged printout). */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** The code for `url` as a `<symbol id>` of a sprite. */
export async function qrSymbol(id: string, url: string): Promise<string> {
  const svg = await qrSvg(url);
  const parts = /^<svg [^>]*viewBox="([^"]+)"[^>]*>([\s\S]*)<\/svg>\s*$/.exec(svg);
  if (!parts) throw new Error(`qrcode made an SVG of an unexpected shape for ${url}`);
  return `<symbol id="${id}" viewBox="${parts[1]}" shape-rendering="crispEdges">${parts[2]}</symbol>`;
}

/** One SVG file holding many codes, each a `<symbol id>` that a page shows with `<use href="file#id">`. */
export async function qrSprite(codes: readonly { id: string; url: string }[]): Promise<string> {
  const symbols = await Promise.all(codes.map(({ id, url }) => qrSymbol(id, url)));
  return `<svg xmlns="http://www.w3.org/2000/svg">${symbols.join('')}</svg>\n`;
}

/** The sprite of a language's newcomer topic codes (Gesprächsleitfaden), one `<symbol id="{slug}">` per topic. */
export const topicQrSprite = (locale: string): string => `/${locale}/themen/qr.svg`;
