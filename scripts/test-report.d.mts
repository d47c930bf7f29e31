// Types for scripts/test-report.mjs (used by its unit test).
export interface TierReport {
  passed: number;
  failed: number;
  skipped: number;
  /** "tier: file › test — first error line" for each failed test. */
  failures: string[];
  /** e2e tests that passed only on a retry, with their first try's error. */
  flaky: string[];
}
export declare function firstLine(text: unknown): string;
export declare function vitestReport(tier: string, json: unknown, cwd?: string): TierReport;
export declare function playwrightReport(json: unknown): TierReport;
export declare function junitReport(xml: string): TierReport;
export declare function closingLines(reports: readonly TierReport[]): string[];
