import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { satteri } from '@astrojs/markdown-satteri';
import { satteriGlossaryPlugin } from './src/views/markdown/glossary-links.ts';
import { satteriTickBoxPlugin } from './src/views/markdown/tick-boxes.ts';
import { locales, SOURCE_LOCALE_CODE } from './src/domain/i18n/locales.ts';
import { isSitemapPage } from './src/http/sitemap.ts';

// The first use of a glossary word on a topic page links to /{locale}/begriffe/ (content/begriffe/de.yaml).
const glossaryTerms = parse(readFileSync(new URL('./content/begriffe/de.yaml', import.meta.url), 'utf8')).terms
  .map((t: { id: string; term: string }) => ({ id: t.id, term: t.term }));

// "{locale}/{slug}" of every topic file: a language's topic page without one is a German fallback (not in the sitemap).
const topicsDir = new URL('./content/topics/', import.meta.url);
const translatedTopics = new Set(readdirSync(topicsDir).flatMap((locale) =>
  readdirSync(new URL(`${locale}/`, topicsDir)).filter((f) => f.endsWith('.mdx')).map((f) => `${locale}/${f.slice(0, -4)}`)));

export default defineConfig({
  site: 'https://integration.so.ch',
  output: 'static',
  trailingSlash: 'always',
  integrations: [
    mdx(),
    react(),
    // sitemap-index.xml + sitemap-0.xml with xhtml:link alternates between the languages that have a page.
    sitemap({
      filter: (page) => isSitemapPage(new URL(page), translatedTopics),
      i18n: { defaultLocale: SOURCE_LOCALE_CODE, locales: Object.fromEntries(locales.map((l) => [l.code, l.tag])) },
      // The language chooser at / is no German page: it gets no language alternates.
      serialize: (item) => (new URL(item.url).pathname === '/' ? { ...item, links: [] } : item),
    }),
  ],
  // Sätteri is Astro's default Markdown processor; MDX inherits it with this hast plugin added.
  markdown: { processor: satteri({ hastPlugins: [satteriGlossaryPlugin(glossaryTerms), satteriTickBoxPlugin()] }) },
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
