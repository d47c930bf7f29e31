// Shared benchmark bookkeeping: medians and the provenance every result JSON carries (command,
// git revision, machine, date), per ../shared/EVALUATION.md.
import { execSync } from 'node:child_process';
import os from 'node:os';

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function provenance(command: string) {
  let revision = 'unknown';
  let dirty = false;
  try {
    revision = execSync('git rev-parse HEAD', { encoding: 'utf8' }).trim();
    dirty = execSync('git status --porcelain', { encoding: 'utf8' }).trim().length > 0;
  } catch {
    /* not a checkout */
  }
  return {
    command,
    revision,
    dirty,
    date: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      loadavg: os.loadavg(),
      node: process.version,
    },
  };
}
