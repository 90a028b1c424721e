import fs from 'node:fs';

/** Resident set size of a live process, in MiB, from VmRSS in /proc/<pid>/status (Linux). */
export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (!match?.[1]) throw new Error(`no VmRSS line for process ${pid}`);
  return Number(match[1]) / 1024;
}
