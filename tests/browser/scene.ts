import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Scrolls a scene step to the middle of the screen, where a wide page reaches it, and makes
 * sure it is still there a frame later: just after a page loads, something above may still be
 * growing into its real height (a widget arriving, a section laid out), as a reader would see
 * it, and a reader would scroll on to the step.
 */
export async function showStep(page: Page, id: string) {
  const step = page.locator(`[data-step="${id}"]`);
  await expect(async () => {
    const moved = await step.evaluate(
      (el) =>
        new Promise<number>((resolve) => {
          el.scrollIntoView({ block: 'center', behavior: 'instant' });
          const top = el.getBoundingClientRect().top;
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(Math.abs(el.getBoundingClientRect().top - top))));
        }),
    );
    expect(moved).toBeLessThan(2);
  }).toPass({ timeout: 5000 });
}

/** The scene around a story-driven widget, for its mode and current step. */
export const scene = (page: Page, id: string): Locator => page.locator(`[data-scene="${id}"]`);

/** The scene's bar button ("My turn" / "Back to the story"). */
export const swapButton = (page: Page, id: string): Locator => scene(page, id).locator('[data-scene-swap]');
