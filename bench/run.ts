/**
 * The benchmark runner.
 *   npm run bench                  every group
 *   npm run bench -- startup       only the named groups
 *   BENCH_REPEAT=3 npm run bench   fewer repetitions (default 5; medians are reported)
 * stdout: one line per figure, `group.figure: value unit [(ref X unit, ratio Y)]`; progress goes to stderr.
 */
import { groups } from './groups/index.js';
import { installCleanupHandlers } from './lib/cleanup.js';
import { createReport } from './lib/report.js';
import { benchRepeat } from './lib/settings.js';

function usage(): string {
  return ['Usage: npm run bench [-- <group>...]', 'Groups:', ...groups.map((g) => `  ${g.name.padEnd(12)} ${g.description}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  const known = new Map(groups.map((g) => [g.name, g]));
  const unknown = argv.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    process.stderr.write(
      `Unknown benchmark group${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Known groups: ${[...known.keys()].join(', ')}.\n`,
    );
    return 2;
  }
  try {
    benchRepeat();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }

  const selected = argv.length > 0 ? groups.filter((g) => argv.includes(g.name)) : groups;
  installCleanupHandlers();
  let failed = 0;
  for (const group of selected) {
    const report = createReport(group.name);
    const startedAt = Date.now();
    try {
      await group.run(report);
      report.note(`done in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
    } catch (error) {
      failed++;
      process.stderr.write(`# ${group.name}: FAILED: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
