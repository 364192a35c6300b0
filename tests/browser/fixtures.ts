import { test as base, expect, type Locator } from '@playwright/test';

/**
 * Every browser test runs under three watchers: any request that leaves this machine, any
 * console error or uncaught exception, and any Content-Security-Policy violation (the page's
 * `securitypolicyviolation` event: an inline script or style the policy does not allow, a
 * worker or file it blocks) fails the test that caused it. A test may list console messages it
 * expects (e.g. failed loads while it has gone offline); a policy violation is never expected.
 */
export const test = base.extend<{ allowedConsole: RegExp[]; watch: void }>({
  allowedConsole: [[], { option: true }],
  watch: [
    async ({ page, allowedConsole }, use) => {
      const offsite: string[] = [];
      const errors: string[] = [];
      const violations: string[] = [];
      await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __cspViolation: (text: string) => void }).__cspViolation;
          report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
        });
      });
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
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Brings a chapter widget into view and waits for its code. Until the widget is near the
 * screen it is a placeholder (LazyWidget) that is swapped for the widget mid-scroll, so a plain
 * `scrollIntoViewIfNeeded` can hold a node that leaves the page: that raced and failed in CI.
 */
export async function reveal(widget: Locator) {
  const first = widget.first();
  await expect(async () => {
    await first.scrollIntoViewIfNeeded({ timeout: 2_000 });
    await expect(first).not.toHaveAttribute('data-widget-pending', /.*/, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}
