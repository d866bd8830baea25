import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { satteri } from '@astrojs/markdown-satteri';
import { satteriGlossaryPlugin } from './src/domain/glossary/link-terms.ts';

// The first use of a glossary word on a topic page links to /{locale}/begriffe/ (content/begriffe/de.yaml).
const glossaryTerms = parse(readFileSync(new URL('./content/begriffe/de.yaml', import.meta.url), 'utf8')).terms
  .map((t: { id: string; term: string }) => ({ id: t.id, term: t.term }));

export default defineConfig({
  site: 'https://integration.so.ch',
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), react()],
  // Sätteri is Astro's default Markdown processor; MDX inherits it with this hast plugin added.
  markdown: { processor: satteri({ hastPlugins: [satteriGlossaryPlugin(glossaryTerms)] }) },
  build: {
    format: 'directory',
    // External stylesheets only: the Content-Security-Policy in public/_headers allows no inline styles.
    inlineStylesheets: 'never',
  },
  vite: {
    // One stylesheet for the whole site: one request, cached after the first page, instead of a
    // render-blocking chunk per component on every page.
    // Bundled <script>s stay files (Astro would inline small ones as <script type=module>, which the CSP blocks).
    build: { cssCodeSplit: false, assetsInlineLimit: 0 },
  },
  // Pages are generated per locale from the registry; no client-side router, no prefetch script.
  prefetch: false,
  devToolbar: { enabled: false },
});
