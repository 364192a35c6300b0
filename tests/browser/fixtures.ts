import { test as base, expect } from '@playwright/test';

/**
 * Every browser test runs under two watchers: any request to another origin and any
 * console error or uncaught exception fails the test that caused it.
 */
export const test = base.extend<{ watch: void }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const offsite: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !/^(data|blob|about):/.test(url)) offsite.push(url);
      });
      page.on('console', (message) => {
        // A 404 page is expected to log its own status in the tests that ask for one.
        if (message.type() === 'error' && !/status of 404/.test(message.text())) errors.push(message.text());
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
