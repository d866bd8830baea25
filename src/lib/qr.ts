// QR codes made at build time by the `qrcode` library, as SVG (no script, no data: URL).
import QRCode from 'qrcode';

/** The SVG of a QR code for `url` (error correction M: still reads from a creased or smudged printout). */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** Where the QR code of a topic page is served as a file: beside the page (`{slug}/qr.svg`). */
export const topicQrPath = (locale: string, slug: string): string => `/${locale}/themen/${slug}/qr.svg`;
