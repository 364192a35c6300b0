/** A stand-in for the browser's speech synthesis: three voices, each utterance "spoken" in `ms` (for addInitScript). */
export function stubSpeech(ms = 300) {
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
      timer = setTimeout(() => utterance.onend?.(new Event('end') as SpeechSynthesisEvent), ms);
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
