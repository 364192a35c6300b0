import { test, expect } from './fixtures';
import { stubSpeech } from './speech';

test('read aloud goes sentence by sentence, highlighting each, with Dabai in another voice', async ({ page }) => {
  await page.addInitScript(stubSpeech);
  await page.goto('/en/hello-neuron');
  await page.getByTestId('read-aloud').getByRole('button').click();
  const now = page.getByTestId('read-aloud-sentence');
  const seen = new Set<string>();
  await expect(now).not.toHaveText(/^Reading: $/);
  for (let i = 0; i < 4; i++) {
    // The sentence shown and the sentence highlighted in the text, read at the same moment.
    const { text, highlighted } = await page.evaluate(() => {
      const highlight = CSS.highlights.get('read-aloud');
      const range = highlight ? ([...highlight][0] as Range | undefined) : undefined;
      // A glossary term's card sits inside the sentence's range, hidden; it is not read.
      const visibleText = (r: Range) => {
        const copy = r.cloneContents();
        copy.querySelectorAll('[role="tooltip"]').forEach((card) => card.remove());
        return copy.textContent ?? '';
      };
      return { text: document.querySelector('[data-testid="read-aloud-sentence"]')?.textContent ?? '', highlighted: range ? visibleText(range) : '∅' };
    });
    expect(text).toContain(highlighted);
    seen.add(text);
    await page.waitForTimeout(320);
  }
  expect(seen.size).toBeGreaterThan(2); // successive sentences, not one
  await expect.poll(() => page.evaluate(() => (window as unknown as { __spoken: { pitch: number }[] }).__spoken.length)).toBeGreaterThan(4);
  // The narrator opens the chapter; Dabai's first line comes a few sentences later, in another voice.
  await expect
    .poll(() => page.evaluate(() => new Set((window as unknown as { __spoken: { pitch: number }[] }).__spoken.map((s) => s.pitch)).size), { timeout: 20_000 })
    .toBeGreaterThan(1);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(now).toHaveCount(0);
});

test('no read-aloud button when the browser has no voices', async ({ page }) => {
  await page.addInitScript(() => {
    const synth = new EventTarget() as EventTarget & Record<string, unknown>;
    Object.assign(synth, { getVoices: () => [], speak() {}, cancel() {} });
    Object.defineProperty(window, 'speechSynthesis', { value: synth });
  });
  await page.goto('/en/hello-neuron');
  await page.waitForLoadState('networkidle');
  await expect(page.getByTestId('read-aloud')).toHaveCount(0);
});
