// Vitest global setup: writes the hub fixture repositories (issue 17) — the tiny random decoder
// in every layout real hub models are published in — with training/export/hub_fixtures.py
// (numpy + onnx.helper, seconds). Rebuilt when the fixture builder changes.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const HUB_FIXTURES_DIR = 'build/fixtures/hub';

function sourceHash(): string {
  const h = createHash('sha256');
  for (const f of readdirSync('training/export')
    .filter((n) => /^hub_fixtures.*\.py$/.test(n))
    .sort())
    h.update(f).update(readFileSync(path.join('training/export', f)));
  h.update(readFileSync('public/models/demo/tokenizer.json'));
  return h.digest('hex');
}

export default function setup(): void {
  const stamp = path.join(HUB_FIXTURES_DIR, '.source-hash');
  const hash = sourceHash();
  if (
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === hash &&
    existsSync(path.join(HUB_FIXTURES_DIR, 'index.json'))
  )
    return;
  const python = process.env.MEGACONTEXT_PYTHON || '/usr/bin/python3';
  const r = spawnSync(python, ['-m', 'training.export.hub_fixtures', '--out', HUB_FIXTURES_DIR], { encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error(
      `Could not build the hub fixture repositories with ${python} (needs Debian's python3-onnx and python3-numpy):\n${r.stderr || r.error}\n` +
        'Install: sudo apt-get install -y python3-onnx python3-numpy',
    );
  }
  writeFileSync(stamp, hash);
}
