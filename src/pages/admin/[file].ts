// /admin/decap-cms.js and its lazily loaded chunks: the Decap CMS bundle (decap-cms, React included) copied from
// node_modules at build time and served from our origin, so the admin page needs no CDN and scripts stay 'self'.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const distDir = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));

export const getStaticPaths = (() => readdirSync(distDir)
  .filter((f) => /decap-cms\.js$|\.wasm$/.test(f))
  .map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = params.file!;
  return new Response(readFileSync(join(distDir, file)), {
    headers: { 'content-type': file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8' },
  });
};
