import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { repoRoot } from '../lib/settings.js';
import { withTempDir } from '../lib/temp.js';
import type { BenchGroup, Report } from '../lib/types.js';

/** What a visitor's browser downloads, gzip, against each piece's budget (the reference). */
const budgetsKb = { loader: 3, widget: 15, page: 30 };

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
    // The bundle widget.js imports when a survey fires: renderer, engine, styles, all languages.
    widget: scriptsAndStyles(path.join(outDir, 'assets', 'widget')),
    // The hosted survey page's script and style (as e2e/respondent.e2e.test.ts counts them).
    page: scriptsAndStyles(path.join(outDir, 'assets')),
  };
  for (const [name, files] of Object.entries(pieces) as [keyof typeof budgetsKb, string[]][]) {
    if (files.length === 0 || !files.every((file) => fs.existsSync(file))) throw new Error(`The build wrote no ${name}.`);
    report.note(`${name}: ${files.map((file) => path.relative(outDir, file)).join(', ')}`);
    report.figure({ name: `${name}_kb`, value: gzipKb(files), unit: 'kb', ref: budgetsKb[name] });
  }
}

export const sizesGroup: BenchGroup = {
  name: 'sizes',
  description: 'gzip sizes of the widget loader, the widget bundle and the survey page, against their budgets',
  run: (report) => withTempDir((dir) => measure(report, path.join(dir, 'dist'))),
};
