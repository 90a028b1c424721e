import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { repoRoot } from '../lib/settings.js';
import { withTempDir } from '../lib/temp.js';
import type { BenchGroup, Report } from '../lib/types.js';

/** What a visitor's browser downloads, gzip, against each piece's budget (the reference). */
const budgetsKb = { loader: 3, widget: 15, page: 30 };
/** Chunks the widget fetches only when a survey needs them; reported, against no budget of their own. */
const unbudgeted = { widget_lazy: undefined };

const gzipKb = (files: string[]) => files.reduce((sum, file) => sum + gzipSync(fs.readFileSync(file)).length, 0) / 1024;
const scriptsAndStyles = (folder: string) =>
  fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => /\.(js|css)$/.test(name)).map((name) => path.join(folder, name)) : [];

async function measure(report: Report, outDir: string): Promise<void> {
  // Built fresh from the sources into a temporary folder (respondent/dist is left alone), as it ships.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({ configFile: path.join(repoRoot, 'respondent', 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env['NODE_ENV'] = nodeEnv;
  }
  const pieces = {
    // widget.js, on every page of a site that installs the widget.
    loader: [path.join(outDir, 'widget.js')],
    // What widget.js imports when a survey fires, all an English NPS + comment survey loads:
    // Preact, the renderer with its common question types and styles, the engine, English chrome.
    widget: scriptsAndStyles(path.join(outDir, 'assets', 'widget')),
    // Fetched on demand only: fi/pl chrome and the rare question types (matrix, ranking, dropdown, date).
    widget_lazy: scriptsAndStyles(path.join(outDir, 'assets', 'widget-parts')),
    // The hosted survey page's script and style (as e2e/respondent.e2e.test.ts counts them).
    page: scriptsAndStyles(path.join(outDir, 'assets')),
  };
  const refs: Record<keyof typeof pieces, number | undefined> = { ...budgetsKb, ...unbudgeted };
  for (const [name, files] of Object.entries(pieces) as [keyof typeof pieces, string[]][]) {
    if (files.length === 0 || !files.every((file) => fs.existsSync(file))) throw new Error(`The build wrote no ${name}.`);
    report.note(`${name}: ${files.map((file) => path.relative(outDir, file)).join(', ')}`);
    const ref = refs[name];
    report.figure({ name: `${name}_kb`, value: gzipKb(files), unit: 'kb', ...(ref === undefined ? {} : { ref }) });
  }
}

export const sizesGroup: BenchGroup = {
  name: 'sizes',
  description:
    'gzip sizes of the widget loader, the widget bundle and the survey page, against their budgets. ' +
    'widget_kb is the initial widget chunk, all an English NPS + comment survey loads; widget_lazy_kb the chunks it fetches on demand (fi/pl chrome, rare question types), against no budget.',
  run: (report) => withTempDir((dir) => measure(report, path.join(dir, 'dist'))),
};
