// What `npm test` prints at its end (scripts/test-report.mjs): counts from each runner's report and
// the name and first error line of every failed test — CI shows the log's tail, so a red run must
// say there which test failed — plus the e2e tests that passed only on their retry.
import { describe, expect, it } from 'vitest';
import { closingLines, junitReport, playwrightReport, vitestReport } from '../../scripts/test-report.mjs';

const vitest = {
  numPassedTests: 2,
  numFailedTests: 1,
  numPendingTests: 1,
  numTodoTests: 0,
  testResults: [
    {
      name: '/repo/tests/unit/a.test.ts',
      assertionResults: [
        { status: 'passed', fullName: 'a works' },
        {
          status: 'failed',
          fullName: 'a › breaks',
          failureMessages: ['\u001b[31mAssertionError\u001b[39m: expected 1 to be 2\n    at a.test.ts:3:1'],
        },
      ],
    },
  ],
};

const playwright = {
  stats: { expected: 3, unexpected: 1, flaky: 1, skipped: 0 },
  suites: [
    {
      file: 'app-recall.spec.ts',
      specs: [],
      suites: [
        {
          specs: [
            {
              title: 'recall: a fact is found',
              file: 'app-recall.spec.ts',
              line: 34,
              tests: [
                {
                  status: 'unexpected',
                  results: [{ status: 'failed', error: { message: 'Error: reply was "It is 213."\nstack' } }],
                },
              ],
            },
            {
              title: 'settings per package',
              file: 'app-recall.spec.ts',
              line: 90,
              tests: [
                {
                  status: 'flaky',
                  results: [
                    { status: 'timedOut', error: { message: 'Timed out 15000ms waiting for expect' } },
                    { status: 'passed' },
                  ],
                },
              ],
            },
            {
              title: 'fine',
              file: 'app-recall.spec.ts',
              line: 120,
              tests: [{ status: 'expected', results: [{ status: 'passed' }] }],
            },
          ],
        },
      ],
    },
  ],
};

const junit = `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="1" failures="1" skipped="1" tests="6" time="1.0">
<testcase classname="training.tests.test_a" name="test_ok" time="0.1" />
<testcase classname="training.tests.test_a" name="test_bad" time="0.1"><failure message="assert 1 == 2&#10;more">trace</failure></testcase>
<testcase classname="training.tests.test_b" name="test_err[x&lt;y]" time="0.1"><error message="ImportError: no &quot;torch&quot;">trace</error></testcase>
<testcase classname="training.tests.test_b" name="test_skip" time="0.0"><skipped message="needs a GPU" /></testcase>
</testsuite></testsuites>`;

describe('test report', () => {
  it('counts each runner and names every failed test with its first error line', () => {
    const v = vitestReport('unit', vitest, '/repo');
    expect(v).toMatchObject({ passed: 2, failed: 1, skipped: 1 });
    expect(v.failures).toEqual(['unit: tests/unit/a.test.ts › a › breaks — AssertionError: expected 1 to be 2']);

    const p = playwrightReport(playwright);
    expect(p).toMatchObject({ passed: 4, failed: 1, skipped: 0 });
    expect(p.failures).toEqual([
      'e2e: app-recall.spec.ts:34 › recall: a fact is found — Error: reply was "It is 213."',
    ]);
    expect(p.flaky).toEqual([
      'e2e: app-recall.spec.ts:90 › settings per package — first try: Timed out 15000ms waiting for expect',
    ]);

    const j = junitReport(junit);
    expect(j).toMatchObject({ passed: 3, failed: 2, skipped: 1 });
    expect(j.failures).toEqual([
      'py: training.tests.test_a::test_bad — assert 1 == 2',
      'py: training.tests.test_b::test_err[x<y] — ImportError: no "torch"',
    ]);

    expect(closingLines([v, p, j])).toEqual([
      'passed only on a retry (1):',
      `  ${p.flaky[0]}`,
      'failed (4):',
      ...[...v.failures, ...p.failures, ...j.failures].map((f) => `  ${f}`),
    ]);
    expect(closingLines([vitestReport('unit', { ...vitest, numFailedTests: 0, testResults: [] })])).toEqual([]);
  });
});
