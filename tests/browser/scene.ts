import type { Locator, Page } from '@playwright/test';

/** Scrolls a scene step to the middle of the screen, where a wide page reaches it. */
export async function showStep(page: Page, id: string) {
  await page.locator(`[data-step="${id}"]`).evaluate((step) => step.scrollIntoView({ block: 'center' }));
}

/** The scene around a story-driven widget, for its mode and current step. */
export const scene = (page: Page, id: string): Locator => page.locator(`[data-scene="${id}"]`);

/** The scene's bar button ("My turn" / "Back to the story"). */
export const swapButton = (page: Page, id: string): Locator => scene(page, id).locator('[data-scene-swap]');
