// Vitest global setup: makes the tiny random model package that runtime tests load (a real ONNX
// decoder exported by training/, random weights). Rebuilt when the exporter or model code changes.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const TINY_PACKAGE_DIR = 'build/fixtures/tiny-package';
const SOURCES = ['training/export', 'training/model'];

function sourceHash(): string {
  const h = createHash('sha256');
  for (const dir of SOURCES) {
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith('.py'))
      .sort())
      h.update(f).update(readFileSync(path.join(dir, f)));
  }
  h.update(readFileSync('public/models/demo/tokenizer.json'));
  return h.digest('hex');
}

export default function setup(): void {
  const stamp = path.join(TINY_PACKAGE_DIR, '.source-hash');
  const hash = sourceHash();
  if (
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === hash &&
    existsSync(path.join(TINY_PACKAGE_DIR, 'decoder.input_ids.onnx'))
  )
    return;
  const python = process.env.MEGACONTEXT_PYTHON || '/usr/bin/python3';
  const r = spawnSync(python, ['-m', 'training.export.make_test_package', '--out', TINY_PACKAGE_DIR], {
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    throw new Error(
      `Could not build the tiny test model package with ${python} (needs Debian's python3-torch and python3-onnx):\n${r.stderr || r.error}\n` +
        'Install: sudo apt-get install -y python3-torch libopenblas0-pthread python3-onnx python3-numpy',
    );
  }
  writeFileSync(stamp, hash);
}
