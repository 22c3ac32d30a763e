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
    // the taxonomy's place names (cities, districts) are read at build time, not fetched
    alias: {
      '@vetlink/taxonomy-data/regions.json': fileURLToPath(
        new URL('../../libs/taxonomy/data/regions.json', import.meta.url),
      ),
    },
  },
  server: { host: '127.0.0.1', port: 8080, strictPort: true },
  preview: { host: '127.0.0.1', port: 8080, strictPort: true },
  build: {
    outDir: fileURLToPath(new URL('../../dist/portal', import.meta.url)),
    emptyOutDir: true,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // The component library and the framework change less often than the pages: their own chunks
        // stay cached across releases; each role's pages are split by the router's lazy imports.
        manualChunks(id) {
          if (id.includes('node_modules/element-plus') || id.includes('node_modules/@element-plus'))
            return 'element-plus';
          if (/node_modules\/(vue|@vue|vue-router|vue-i18n|@intlify)\//.test(id)) return 'vue';
          // one chunk per role's pages: a veteran's phone loads the veteran's pages only
          const role = /\/src\/pages\/(veteran|employer|officer|auth)\//.exec(id)?.[1];
          return role ? `pages-${role}` : undefined;
        },
      },
    },
  },
  test: {
    root: portalRoot,
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
    css: false,
  },
});
