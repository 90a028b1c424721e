import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';

const respondentRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * The survey page customers answer. `npx vite build --config respondent/vite.config.ts` writes
 * respondent/dist: the server sends dist/index.html for /s/:slug and dist/assets/* under
 * /respondent/assets/*, under a CSP that allows no inline script or style.
 */
export default defineConfig({
  root: respondentRoot,
  base: '/respondent/',
  plugins: [preact(), engineWithoutZod()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The CSP allows data: images only; keep every other asset a real file.
    assetsInlineLimit: 0,
    // One entry chunk: nothing to preload, so no preload polyfill either.
    modulePreload: { polyfill: false },
    target: 'es2020',
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});

/**
 * The page imports only zod-free engine modules at run time (logic, answers, scales, text,
 * validation); schema.ts with its zod schemas stays on the server. The build fails if zod
 * (~25 KB gzip, against a 30 KB budget) ever slips into the bundle.
 */
function engineWithoutZod(): Plugin {
  return {
    name: 'kuulo:engine-without-zod',
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.moduleIds.some((moduleId) => moduleId.includes('/node_modules/zod/'))) {
          this.error(`${file.fileName} includes zod: the respondent page must import only zod-free engine modules at run time.`);
        }
      }
    },
  };
}
