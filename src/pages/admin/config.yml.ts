// /admin/config.yml: the Decap CMS configuration, generated from the zod schemas at build time.
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { cmsConfig } from '../../domain/cms/config.ts';
import { toolData } from '../../lib/decision-tree.ts';

export const GET: APIRoute = async ({ site }) => new Response(stringify(cmsConfig({
  // The content repository (owner/name) and branch the production CMS edits; set at build time.
  repo: process.env.CMS_REPO ?? 'OWNER/REPOSITORY',
  branch: process.env.CMS_BRANCH ?? 'main',
  siteUrl: site!.origin,
  attributes: (await toolData()).tree.attributes,
}), { lineWidth: 0 }), { headers: { 'content-type': 'text/yaml; charset=utf-8' } });
