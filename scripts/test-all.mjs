#!/usr/bin/env node
// `npm test`: every test tier in order, each runner's own summary printed, then one closing line
// "tests: N passed, N failed" over all tiers, then the name and first error line of every failed
// test and of every e2e test that passed only on its retry (scripts/test-report.mjs: CI shows a
// log's tail, so what failed must be there). Exit code is non-zero if any tier failed.
//   1. typecheck + lint + format check (Prettier) + Vitest unit tests (node)
//   2. GPU kernel tests in headless Chromium with WebGPU (SwiftShader without a GPU)
//   3. Playwright end-to-end tests of the built app in Chromium
//   4. flake8 lint (.flake8) and pytest for training/ with Debian's /usr/bin/python3
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { INSTALL_HINT } from './chromium.mjs';
import { lintProblem, pythonProblem, PYTHON } from './python.mjs';
import { closingLines, junitReport, playwrightReport, vitestReport } from './test-report.mjs';

const RESULTS = 'test-results';
mkdirSync(RESULTS, { recursive: true });
const only = process.argv.slice(2); // e.g. `npm test -- unit gpu`
const wanted = (tier) => only.length === 0 || only.includes(tier);

const tiers = [];
function run(tier, label, cmd, args, env = {}) {
  console.log(`\n━━━ ${label} ━━━\n$ ${[cmd, ...args].join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  tiers.push({ tier, label, ok, seconds: (Date.now() - started) / 1000 });
  return ok;
}

const counts = { passed: 0, failed: 0, skipped: 0 };
const reports = [];
function add(report) {
  counts.passed += report.passed;
  counts.failed += report.failed;
  counts.skipped += report.skipped;
  reports.push(report);
}
function addVitest(tier, file) {
  if (!existsSync(file)) return false;
  add(vitestReport(tier, JSON.parse(readFileSync(file, 'utf8')), process.cwd()));
  return true;
}

if (wanted('unit')) {
  run('unit', 'Tier 1a: typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
  run('unit', 'Tier 1b: lint', 'npx', ['eslint', '.', '--max-warnings=0']);
  const prettier = ['prettier', '--check', '.', '--log-level', 'warn'];
  if (!run('unit', 'Tier 1c: format check (Prettier, .prettierrc.json)', 'npx', prettier)) {
    console.error('Files above are not formatted: run npm run format');
  }
  run('unit', 'Tier 1d: Vitest unit tests', 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${RESULTS}/unit.json`,
  ]);
  if (!addVitest('unit', `${RESULTS}/unit.json`)) counts.failed += 1;
}

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const haveChromium = existsSync(chromium);
if (!haveChromium && (wanted('gpu') || wanted('e2e'))) {
  console.error(`\n${INSTALL_HINT}`);
  tiers.push({ tier: 'browser', label: 'Chromium missing (GPU and e2e tiers not run)', ok: false, seconds: 0 });
  counts.failed += 1;
}

if (haveChromium && wanted('gpu')) {
  run('gpu', 'Tier 2: GPU kernel tests (headless Chromium, WebGPU)', 'npx', [
    'vitest',
    'run',
    '--config',
    'vitest.gpu.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${RESULTS}/gpu.json`,
  ]);
  if (!addVitest('gpu', `${RESULTS}/gpu.json`)) counts.failed += 1;
}

if (haveChromium && wanted('e2e')) {
  if (run('e2e', 'Tier 3a: build the app', 'npx', ['vite', 'build', '--logLevel', 'warn'])) {
    run('e2e', 'Tier 3b: Playwright end-to-end tests', 'npx', ['playwright', 'test', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: `${RESULTS}/e2e.json`,
    });
    const file = `${RESULTS}/e2e.json`;
    if (existsSync(file)) add(playwrightReport(JSON.parse(readFileSync(file, 'utf8'))));
    else counts.failed += 1;
  } else counts.failed += 1;
}

if (wanted('py')) {
  const problem = pythonProblem();
  if (problem) {
    console.error(`\n━━━ Tier 4: pytest ━━━\n${problem}`);
    tiers.push({ tier: 'py', label: 'Tier 4: pytest (python deps missing)', ok: false, seconds: 0 });
    counts.failed += 1;
  } else {
    const lint = lintProblem();
    if (lint) {
      console.error(`\n━━━ Tier 4a: flake8 ━━━\n${lint}`);
      tiers.push({ tier: 'py', label: 'Tier 4a: flake8 (python3-flake8 missing)', ok: false, seconds: 0 });
    } else run('py', 'Tier 4a: flake8 (training/, .flake8)', PYTHON, ['-m', 'flake8', 'training']);
    const xml = `${RESULTS}/pytest.xml`;
    run('py', 'Tier 4b: pytest (training/)', PYTHON, ['-m', 'pytest', 'training/tests', '-q', `--junitxml=${xml}`]);
    if (existsSync(xml)) add(junitReport(readFileSync(xml, 'utf8')));
    else counts.failed += 1;
  }
}

console.log('\n━━━ Summary ━━━');
for (const t of tiers) console.log(`${t.ok ? 'ok  ' : 'FAIL'}  ${t.label}  (${t.seconds.toFixed(1)} s)`);
const anyFailed = tiers.some((t) => !t.ok);
if (anyFailed && counts.failed === 0) counts.failed = tiers.filter((t) => !t.ok).length; // typecheck/lint failures
console.log(
  `tests: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`,
);
for (const line of closingLines(reports)) console.log(line);
process.exit(anyFailed ? 1 : 0);
