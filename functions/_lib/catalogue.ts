// The Bestellservice catalogue and the Infomails, built by Astro from content/ and read once per isolate.
import { catalogueSchema, type Catalogue } from '../../src/domain/schemas/publications.ts';
import { infomailIndexSchema } from '../../src/domain/schemas/infomail.ts';
import type { z } from 'zod';
import type { Env } from './env.ts';

let catalogue: Promise<Catalogue> | undefined;

async function readJson(env: Env, request: Request, path: string): Promise<unknown> {
  const res = await env.ASSETS.fetch(new URL(path, request.url));
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return res.json();
}

export function loadCatalogue(env: Env, request: Request): Promise<Catalogue> {
  catalogue ??= readJson(env, request, '/gemeinden/katalog.json').then((v) => catalogueSchema.parse(v));
  catalogue.catch(() => { catalogue = undefined; });
  return catalogue;
}

export async function loadInfomails(env: Env, request: Request): Promise<z.infer<typeof infomailIndexSchema>> {
  return infomailIndexSchema.parse(await readJson(env, request, '/gemeinden/infomails.json'));
}
