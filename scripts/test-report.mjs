// What `npm test` (scripts/test-all.mjs) says of each runner's report: counts, the failed tests
// by name with their first error line, and the e2e tests that passed only on a retry. CI shows
// the tail of a run's log, so the closing lines must name what failed.

/** A report's text without terminal colours, first line only, at most 240 characters. */
export function firstLine(text) {
  return (
    String(text ?? '')
      // eslint-disable-next-line no-control-regex
      .replace(/\x1b\[[0-9;]*m/g, '')
      .trim()
      .split('\n')[0]
      .slice(0, 240)
  );
}

/** Vitest's JSON report: counts and "tier: file › test — error" for each failed test. */
export function vitestReport(tier, json, cwd = '') {
  const failures = [];
  for (const f of json.testResults ?? [])
    for (const a of f.assertionResults ?? [])
      if (a.status === 'failed') {
        const file = cwd && f.name.startsWith(`${cwd}/`) ? f.name.slice(cwd.length + 1) : f.name;
        failures.push(`${tier}: ${file} › ${a.fullName} — ${firstLine(a.failureMessages?.[0])}`);
      }
  return {
    passed: json.numPassedTests,
    failed: json.numFailedTests,
    skipped: json.numPendingTests + (json.numTodoTests ?? 0),
    failures,
    flaky: [],
  };
}

function specsOf(suite, out = []) {
  for (const s of suite.specs ?? []) out.push(s);
  for (const child of suite.suites ?? []) specsOf(child, out);
  return out;
}

/** Playwright's JSON report: counts (a test that passed on its retry counts as passed, and is listed). */
export function playwrightReport(json) {
  const failures = [];
  const flaky = [];
  for (const spec of (json.suites ?? []).flatMap((suite) => specsOf(suite)))
    for (const t of spec.tests ?? []) {
      const name = `e2e: ${spec.file}:${spec.line} › ${spec.title}`;
      const error = firstLine(t.results?.find((r) => r.error)?.error?.message);
      if (t.status === 'unexpected') failures.push(`${name} — ${error}`);
      if (t.status === 'flaky') flaky.push(`${name} — first try: ${error}`);
    }
  const s = json.stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped, failures, flaky };
}

const ENTITIES = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
const unescapeXml = (s) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|quot|apos|amp);/gi, (_, e) =>
    e[0] === '#' ? String.fromCodePoint(Number(e[1] === 'x' ? `0${e.slice(1)}` : e.slice(1))) : ENTITIES[e],
  );

/** pytest's JUnit XML: counts and "py: class::test — message" for each failure or error. */
export function junitReport(xml) {
  const attr = (name) => Number((xml.match(new RegExp(`<testsuite[^>]*\\s${name}="(\\d+)"`)) ?? [])[1] ?? 0);
  const bad = attr('failures') + attr('errors');
  const failures = [];
  for (const m of xml.matchAll(/<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const problem = /<(failure|error)\b[^>]*?message="([^"]*)"/.exec(m[2] ?? '');
    if (!problem) continue;
    const get = (a) => unescapeXml((new RegExp(`\\s${a}="([^"]*)"`).exec(m[1]) ?? [])[1] ?? '');
    failures.push(`py: ${get('classname')}::${get('name')} — ${firstLine(unescapeXml(problem[2]))}`);
  }
  return { passed: attr('tests') - bad - attr('skipped'), failed: bad, skipped: attr('skipped'), failures, flaky: [] };
}

/** The closing lines after "tests: …": what passed only on a retry, then what failed. */
export function closingLines(reports) {
  const flaky = reports.flatMap((r) => r.flaky);
  const failures = reports.flatMap((r) => r.failures);
  const lines = [];
  if (flaky.length) lines.push(`passed only on a retry (${flaky.length}):`, ...flaky.map((f) => `  ${f}`));
  if (failures.length) lines.push(`failed (${failures.length}):`, ...failures.map((f) => `  ${f}`));
  return lines;
}
