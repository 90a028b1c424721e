import path from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { build, defineConfig, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';

const respondentRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * The survey page customers answer. `npx vite build --config respondent/vite.config.ts` writes
 * respondent/dist: the server sends dist/index.html for /s/:slug and dist/assets/* under
 * /respondent/assets/*, under a CSP that allows no inline script or style.
 *
 * The same build then writes the website widget (see widgetAndLoader below): dist/widget.js, the
 * loader the server sends for GET /widget.js, and the widget bundle it imports when a survey
 * fires, hashed, in dist/assets/widget/.
 */
export default defineConfig({
  root: respondentRoot,
  base: '/respondent/',
  plugins: [preact(), engineWithoutZod(), widgetAndLoader()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The CSP allows data: images only; keep every other asset a real file.
    assetsInlineLimit: 0,
    // Chunks fetched on demand only (other languages' chrome, rare question types): no preload polyfill.
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

/** The widget's folders inside the output (and under /respondent/assets/ on the server). */
const assetsFolder = 'assets';
/** The entry, which the loader imports: what every survey needs. */
const widgetFolder = `${assetsFolder}/widget`;
/** Chunks the entry imports on demand: other languages' chrome and the rarer question types. */
const widgetPartsFolder = `${assetsFolder}/widget-parts`;

/**
 * After the page, two more builds into the same output folder (wherever the page's went):
 *
 * 1. the widget bundle, `src/widget/index.tsx`: one ES module (`mount`), hashed, in
 *    dist/assets/widget/ — a folder of its own so the page's budget check counts only the page —
 *    and the chunks it imports on demand (fi/pl chrome, rare question types) in
 *    dist/assets/widget-parts/, which it finds relative to its own URL;
 * 2. the loader, `src/loader/index.ts`: one classic script (IIFE) at dist/widget.js, unhashed (its
 *    URL is what sites paste), with the widget bundle's hashed path built in.
 *
 * Both keep the zod guard. They run in writeBundle, so a failed page build stops here too.
 */
function widgetAndLoader(): Plugin {
  let outDir = '';
  let mode = 'production';
  let logLevel: ResolvedConfig['logLevel'] = 'info';
  return {
    name: 'kuulo:widget-and-loader',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      mode = config.mode;
      logLevel = config.logLevel;
    },
    async writeBundle() {
      const shared = { configFile: false, root: respondentRoot, mode, logLevel, publicDir: false } as const;
      const widget = (await build({
        ...shared,
        // Relative: the widget runs on other sites' pages, so its chunks resolve from its own URL.
        base: './',
        plugins: [preact(), engineWithoutZod(), noPreloadHelper()],
        build: {
          outDir: path.join(outDir, assetsFolder),
          emptyOutDir: false,
          assetsInlineLimit: 0,
          // Its chunks import only the entry (already loaded) and carry their CSS inline.
          modulePreload: false,
          target: 'es2020',
          rolldownOptions: {
            input: { widget: path.join(respondentRoot, 'src/widget/index.tsx') },
            // Keep `mount` (the loader calls it); the entry may export more for its chunks.
            preserveEntrySignatures: 'allow-extension',
            output: {
              format: 'es',
              entryFileNames: `${widgetFolder.slice(assetsFolder.length + 1)}/[name]-[hash].js`,
              chunkFileNames: `${widgetPartsFolder.slice(assetsFolder.length + 1)}/[name]-[hash].js`,
            },
          },
        },
      })) as Rolldown.RolldownOutput;
      const entry = widget.output.find((file) => file.type === 'chunk' && file.isEntry);
      if (!entry) throw new Error('The widget build wrote no entry chunk.');
      await build({
        ...shared,
        plugins: [engineWithoutZod()],
        define: { __KUULO_WIDGET_PATH__: JSON.stringify(`respondent/${assetsFolder}/${entry.fileName}`) },
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2020',
          rolldownOptions: {
            input: path.join(respondentRoot, 'src/loader/index.ts'),
            output: { format: 'iife', entryFileNames: 'widget.js' },
          },
        },
      });
    },
  };
}

/**
 * Vite wraps every dynamic `import()` in a helper (~0.5 KB gzip) that preloads the chunk's
 * dependencies and CSS. The widget's chunks have neither (they import only the entry, which is
 * loaded, and carry their CSS as text), so the helper only imports.
 */
function noPreloadHelper(): Plugin {
  const helperId = '\0vite/preload-helper.js';
  return {
    name: 'kuulo:no-preload-helper',
    enforce: 'pre',
    resolveId: (id) => (id === helperId ? id : undefined),
    load: (id) => (id === helperId ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}
