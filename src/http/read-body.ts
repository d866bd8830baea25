/**
 * Reads a request body as JSON or as an HTML form, with a hard size limit, without ever throwing:
 * every problem becomes a 4xx result with a German message the caller can show.
 */
export type BodyKind = 'json' | 'form';

export type BodyResult =
  | { ok: true; kind: BodyKind; value: unknown }
  | { ok: false; status: 400 | 413 | 415; kind: BodyKind | undefined; message: string };

export function bodyKind(request: Request): BodyKind | undefined {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') return 'json';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  return undefined;
}

async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export async function readBody(request: Request, maxBytes: number): Promise<BodyResult> {
  const kind = bodyKind(request);
  if (!kind) {
    return { ok: false, status: 415, kind, message: 'Bitte senden Sie die Daten als JSON oder als Formular.' };
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  const bytes = declared > maxBytes ? undefined : await readLimited(request, maxBytes);
  if (!bytes) {
    return { ok: false, status: 413, kind, message: `Die Anfrage ist zu gross (höchstens ${maxBytes} Bytes).` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, status: 400, kind, message: 'Die Anfrage ist kein gültiger UTF-8-Text.' };
  }
  if (kind === 'form') return { ok: true, kind, value: Object.fromEntries(new URLSearchParams(text)) };
  let loneSurrogate = false;
  let value: unknown;
  try {
    // A `\ud800` escape decodes to a lone surrogate, which no database can store as valid UTF-8.
    value = JSON.parse(text, (key, v: unknown) => {
      if (!key.isWellFormed() || (typeof v === 'string' && !v.isWellFormed())) loneSurrogate = true;
      return v;
    });
  } catch {
    return { ok: false, status: 400, kind, message: 'Die Anfrage ist kein gültiges JSON.' };
  }
  if (loneSurrogate) return { ok: false, status: 400, kind, message: 'Die Anfrage enthält ein ungültiges Zeichen.' };
  return { ok: true, kind, value };
}
