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
  // Pages are generated per locale from the registry; no client-side router, no prefetch script.
  prefetch: false,
  // Never inline small bundled <script>s (or assets): the Content-Security-Policy allows only files from 'self'.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
