import { test as base, expect } from '@playwright/test';

/**
 * Every browser test runs under two watchers: any request that leaves this machine and
 * any console error or uncaught exception fails the test that caused it. A test may
 * list console messages it expects (e.g. failed loads while it has gone offline).
 */
export const test = base.extend<{ allowedConsole: RegExp[]; watch: void }>({
  allowedConsole: [[], { option: true }],
  watch: [
    async ({ page, allowedConsole }, use) => {
      const offsite: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
        if (!local && !/^(data|blob|about):$/.test(url.protocol)) offsite.push(request.url());
      });
      page.on('console', (message) => {
        const text = message.text();
        // A 404 page is expected to log its own status in the tests that ask for one.
        if (message.type() === 'error' && !/status of 404/.test(text) && !allowedConsole.some((re) => re.test(text))) errors.push(text);
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      await use();
      expect(offsite, 'requests to another origin').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
