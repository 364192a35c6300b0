import { test, expect } from './fixtures';

/** A stand-in for the browser's speech synthesis: two voices, each utterance "spoken" in 300 ms. */
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
      timer = setTimeout(() => utterance.onend?.(new Event('end') as SpeechSynthesisEvent), 300);
    },
    cancel: () => clearTimeout(timer),
    pause() {},
    resume() {},
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth });
  // The real utterance accepts only real voices; the stand-in takes any.
  class Utterance {
    text: string;
    lang = '';
    pitch = 1;
    rate = 1;
    voice: unknown = null;
    onend: ((event: Event) => void) | null = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
  (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
}

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
      return { text: document.querySelector('[data-testid="read-aloud-sentence"]')?.textContent ?? '', highlighted: range?.toString() ?? '∅' };
    });
    expect(text).toContain(highlighted);
    seen.add(text);
    await page.waitForTimeout(320);
  }
  expect(seen.size).toBeGreaterThan(2); // successive sentences, not one
  await expect.poll(() => page.evaluate(() => (window as unknown as { __spoken: { pitch: number }[] }).__spoken.length)).toBeGreaterThan(4);
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
