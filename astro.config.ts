import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';

export default defineConfig({
  site: 'https://integration.so.ch',
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), react()],
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
