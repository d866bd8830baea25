import { describe, expect, it } from 'vitest';
import { readBody } from './read-body.ts';

const post = (body: BodyInit, type?: string) =>
  new Request('https://example.test/api', { method: 'POST', body, headers: type ? { 'content-type': type } : {} });

describe('readBody', () => {
  it('reads JSON and forms', async () => {
    expect(await readBody(post('{"a":1}', 'application/json; charset=utf-8'), 100)).toEqual({ ok: true, kind: 'json', value: { a: 1 } });
    expect(await readBody(post('a=1&b=%C3%BC', 'application/x-www-form-urlencoded'), 100)).toEqual({
      ok: true, kind: 'form', value: { a: '1', b: 'ü' },
    });
  });

  it('answers 415 for other content types', async () => {
    expect(await readBody(post('x', 'text/plain'), 100)).toMatchObject({ ok: false, status: 415 });
    expect(await readBody(post('x'), 100)).toMatchObject({ ok: false, status: 415 });
  });

  it('answers 413 over the limit, whether or not the length was declared', async () => {
    expect(await readBody(post('{"a":"' + 'x'.repeat(200) + '"}', 'application/json'), 100)).toMatchObject({ ok: false, status: 413 });
    const stream = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('x'.repeat(150))); c.close(); } });
    const undeclared = new Request('https://example.test/api', {
      method: 'POST', body: stream, headers: { 'content-type': 'application/json' }, duplex: 'half',
    } as RequestInit);
    expect(await readBody(undeclared, 100)).toMatchObject({ ok: false, status: 413 });
  });

  it('answers 400 for malformed JSON and invalid UTF-8, with a German message', async () => {
    const bad = await readBody(post('{"a":', 'application/json'), 100);
    expect(bad).toMatchObject({ ok: false, status: 400, message: 'Die Anfrage ist kein gültiges JSON.' });
    expect(await readBody(post(new Uint8Array([0xff, 0xfe]), 'application/json'), 100)).toMatchObject({ ok: false, status: 400 });
  });

  it('answers 400 for a lone surrogate anywhere in JSON, which could not be stored as UTF-8', async () => {
    for (const body of ['{"name":"a\\ud800b"}', '{"a\\udfff":1}', '{"items":[{"x":"\\udc00"}]}']) {
      expect(await readBody(post(body, 'application/json'), 100), body).toMatchObject({ ok: false, status: 400, message: 'Die Anfrage enthält ein ungültiges Zeichen.' });
    }
    expect(await readBody(post('{"name":"\\ud83d\\ude00"}', 'application/json'), 100)).toEqual({ ok: true, kind: 'json', value: { name: '😀' } });
  });
});
