// Baseline for `npm run bench`: the same German topic pages built as a plain Starlight site.
// bench/run.ts copies them into src/content/docs/ before each build (that folder is not committed).
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [starlight({ title: 'Integration Kanton Solothurn (Starlight baseline)', defaultLocale: 'root', locales: { root: { label: 'Deutsch', lang: 'de' } } })],
  telemetry: false,
});
