/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

const portalRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: portalRoot,
  cacheDir: fileURLToPath(new URL('../../node_modules/.vite/portal', import.meta.url)),
  plugins: [vue()],
  resolve: {
    // the taxonomy's place names (cities, districts) and industries are read at build time, not fetched
    alias: {
      '@vetlink/taxonomy-data/regions.json': fileURLToPath(
        new URL('../../libs/taxonomy/data/regions.json', import.meta.url),
      ),
      '@vetlink/taxonomy-data/industries': fileURLToPath(
        new URL('../../libs/taxonomy/src/lib/industries.ts', import.meta.url),
      ),
    },
  },
  server: { host: '127.0.0.1', port: 8080, strictPort: true },
  preview: { host: '127.0.0.1', port: 8080, strictPort: true },
  build: {
    outDir: fileURLToPath(new URL('../../dist/portal', import.meta.url)),
    emptyOutDir: true,
    reportCompressedSize: true,
    // which file holds which page: the browser tests check that no other role's page loads first
    manifest: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // The framework changes less often than the pages: its own chunk stays cached across releases.
        // Element Plus is not one chunk either: each page imports the components it uses, so the first
        // page a veteran opens (sign-in) loads a form, an input and a button, not the whole library.
        manualChunks(id) {
          if (/node_modules\/(vue|@vue|vue-router|vue-i18n|@intlify)\//.test(id)) return 'vue';
          // Pages are not grouped by hand: each is its own chunk (the router's lazy imports), and the
          // parts of Element Plus they share are split out by Rollup, so a page loads only its own.
          return undefined;
        },
      },
    },
  },
  test: {
    root: portalRoot,
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
    css: false,
    // the router's tests load pages, and a page's first import transforms its Element Plus components:
    // seconds on a busy 2-core machine
    testTimeout: 30_000,
  },
});
