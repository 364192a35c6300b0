import type { Locale } from '@/lib/i18n';
import type { Sentence } from './sentences';

/** The voices the browser offers for a language ('zh' matches zh-CN, zh-TW, …). */
export function voicesFor(lang: Locale): SpeechSynthesisVoice[] {
  if (typeof speechSynthesis === 'undefined') return [];
  return speechSynthesis.getVoices().filter((voice) => voice.lang.toLowerCase().startsWith(lang));
}

/**
 * An utterance for one sentence: Dabai speaks lower and slower, the neuron's own lines
 * a little higher; with two voices available, Dabai also gets the second one.
 */
export function utteranceFor(sentence: Sentence, lang: Locale, voices: SpeechSynthesisVoice[]): SpeechSynthesisUtterance {
  const utterance = new SpeechSynthesisUtterance(sentence.text);
  utterance.lang = lang === 'zh' ? 'zh-CN' : 'en-US';
  const [first, second] = voices;
  utterance.voice = (sentence.speaker === 'dabai' ? second ?? first : first) ?? null;
  utterance.pitch = sentence.speaker === 'dabai' ? 0.7 : sentence.speaker === 'neuron' ? 1.3 : 1.05;
  utterance.rate = sentence.speaker === 'dabai' ? 0.92 : 1;
  return utterance;
}
