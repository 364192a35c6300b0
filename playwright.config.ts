import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.TEST_PORT ?? 3210);

/** Debian's Chromium (or CHROME_PATH); Playwright's own browser download cannot run here. */
export const chromiumLaunch = {
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers: 2,
  // In CI a test that fails once is run once more and, if it passes, reported as flaky in the
  // log rather than blocking: the machines are shared, and the timing-based tests (settling,
  // long tasks, scroll glides) vary 2-3x with the neighbours' load. A real fault fails twice.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunch,
    trace: 'off',
    // Service workers stay on, as every reader has them: a suite that blocked them once stayed
    // green while every training widget failed for every reader. A test that turns one off says why.
    serviceWorkers: 'allow',
  },
  projects: [
    { name: 'chromium', grepInvert: /@perf/, testIgnore: /journey-upgrade/, use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch } },
    // Builds an older edition of the book (a minute of both cores): alone, after the rest.
    {
      name: 'upgrade',
      testMatch: /journey-upgrade/,
      dependencies: ['chromium'],
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch },
    },
    // Main-thread timing is measured last, one test at a time, so other tests' load does not count.
    {
      name: 'perf',
      grep: /@perf/,
      dependencies: ['upgrade'],
      fullyParallel: false,
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch },
    },
  ],
  webServer: {
    // The production build, served the way the README serves it.
    command: `node server.mjs -H 127.0.0.1 -p ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1' },
  },
});
