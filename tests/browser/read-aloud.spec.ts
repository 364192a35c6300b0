import { test, expect } from './fixtures';

/** A stand-in for the browser's speech synthesis: two voices, each utterance "spoken" in 80 ms. */
function stubSpeech() {
  const spoken: { text: string; pitch: number }[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const voices = [
    { lang: 'en-US', name: 'One', voiceURI: 'one', default: true, localService: true },
    { lang: 'en-GB', name: 'Two', voiceURI: 'two', default: false, localService: true },
    { lang: 'zh-CN', name: 'Yi', voiceURI: 'yi', default: false, localService: true },
  ];
  const synth = new EventTarget() as EventTarget & Record<string, unknown>;
  Object.assign(synth, {
    getVoices: () => voices,
    speak(utterance: SpeechSynthesisUtterance) {
      spoken.push({ text: utterance.text, pitch: utterance.pitch });
      timer = setTimeout(() => utterance.onend?.(new Event('end') as SpeechSynthesisEvent), 80);
    },
    cancel: () => clearTimeout(timer),
    pause() {},
    resume() {},
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth });
  (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
}

test('read aloud goes sentence by sentence, highlighting each, with Dabai in another voice', async ({ page }) => {
  await page.addInitScript(stubSpeech);
  await page.goto('/en/hello-neuron');
  await page.getByTestId('read-aloud').getByRole('button').click();
  const now = page.getByTestId('read-aloud-sentence');
  const seen = new Set<string>();
  for (let i = 0; i < 4; i++) {
    await expect(now).not.toHaveText(/^Reading: $/);
    const text = (await now.textContent()) ?? '';
    seen.add(text);
    const highlighted = await page.evaluate(() => {
      const highlight = CSS.highlights.get('read-aloud');
      return highlight ? [...highlight][0]?.toString() : null;
    });
    expect(text).toContain(highlighted ?? '∅');
    await page.waitForTimeout(90);
  }
  expect(seen.size).toBeGreaterThan(2); // successive sentences, not one
  await expect.poll(() => page.evaluate(() => (window as unknown as { __spoken: { pitch: number }[] }).__spoken.length)).toBeGreaterThan(8);
  const pitches = await page.evaluate(() => new Set((window as unknown as { __spoken: { pitch: number }[] }).__spoken.map((s) => s.pitch)).size);
  expect(pitches).toBeGreaterThan(1);
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
