// Which Python runs training/ and its tests: Debian's /usr/bin/python3 (it owns python3-torch;
// the python3 first on PATH may be another interpreter without it).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SETUP_HINT } from './setup-hint.mjs';

export const PYTHON = process.env.MEGACONTEXT_PYTHON || '/usr/bin/python3';

export const PY_INSTALL_HINT = `training/ needs Debian's python3-torch and friends.\n${SETUP_HINT}`;

/** null when PYTHON can import what training/ needs, else a message saying how to fix it. */
export function pythonProblem() {
  if (!existsSync(PYTHON)) return `${PYTHON} not found.\n${PY_INSTALL_HINT}`;
  const r = spawnSync(PYTHON, ['-c', 'import torch, numpy, onnx, pytest, regex'], { encoding: 'utf8' });
  if (r.status !== 0)
    return `${PYTHON} cannot import torch/numpy/onnx/pytest/regex:\n${r.stderr.trim()}\n${PY_INSTALL_HINT}`;
  return null;
}

/** null when PYTHON can run flake8 (tier 4's lint of training/), else how to install it. */
export function lintProblem() {
  const r = spawnSync(PYTHON, ['-m', 'flake8', '--version'], { encoding: 'utf8' });
  if (r.status !== 0)
    return `${PYTHON} cannot run flake8 (Debian's python3-flake8):\n${(r.stderr || '').trim()}\n${PY_INSTALL_HINT}`;
  return null;
}
