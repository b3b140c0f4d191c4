import { mkdirSync, writeFileSync } from 'node:fs';

/**
 * Writes the run's totals, and each failure's engine, file, test and first error line, so that
 * .ci/run can end with one plain summary that names what failed (a long log is cut from its top).
 */
export function totalsReporter() {
  const count = (suite, totals, where, names = []) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) totals.skipped++;
      else if (test.passed) totals.passed++;
      else {
        totals.failed++;
        const error = test.error?.message?.split('\n')[0] ?? 'failed';
        totals.failures.push(`${where}: ${[...names, test.name].join(' › ')}: ${error}`);
      }
    }
    for (const child of suite?.suites ?? []) count(child, totals, where, [...names, child.name]);
    return totals;
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        const where = `${session.browser.name} ${session.testFile.replace(process.cwd(), '').replace(/^[\\/]/, '')}`;
        count(session.testResults, totals, where);
        // A file that failed to load or threw outside a test has no test results to count.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
          totals.failed++;
          totals.failures.push(`${where}: ${session.errors?.[0]?.message?.split('\n')[0] ?? 'did not run'}`);
        }
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync('.test-results/browser.json', JSON.stringify(totals));
    },
  };
}
