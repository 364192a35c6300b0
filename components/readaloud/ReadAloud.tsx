'use client';

import { SpeakerIcon } from '@/components/story/SpeakerIcon';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Locale } from '@/lib/i18n';
import { Button } from '@/components/controls/Button';
import { collectSentences, type Sentence } from './sentences';
import { utteranceFor, voicesFor } from './voices';
import styles from './ReadAloud.module.css';

const words = {
  zh: { play: '朗读本章', pause: '暂停', resume: '继续', skip: '跳过这句', stop: '停止', reading: '正在朗读' },
  en: { play: 'Read aloud', pause: 'Pause', resume: 'Resume', skip: 'Skip', stop: 'Stop', reading: 'Reading' },
};

const subscribeVoices = (onChange: () => void) => {
  if (typeof speechSynthesis === 'undefined') return () => {};
  speechSynthesis.addEventListener('voiceschanged', onChange);
  return () => speechSynthesis.removeEventListener('voiceschanged', onChange);
};

/**
 * Reads the chapter aloud with the browser's own speech synthesis, highlighting the
 * sentence being read and scrolling with it. Not shown when the browser has no voice
 * for the chapter's language.
 */
export function ReadAloud({ lang }: { lang: Locale }) {
  const voiceCount = useSyncExternalStore(subscribeVoices, () => voicesFor(lang).length, () => 0);
  const [state, setState] = useState<'idle' | 'playing' | 'paused'>('idle');
  const [current, setCurrent] = useState<string>('');
  const queue = useRef<{ sentences: Sentence[]; at: number }>({ sentences: [], at: 0 });
  const w = words[lang];

  // Leaving the page stops the voice and the highlight.
  useEffect(
    () => () => {
      queue.current.at = -1;
      if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
      if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete('read-aloud');
    },
    [],
  );

  function highlight(sentence: Sentence | null) {
    const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
    if (registry) {
      if (sentence) registry.set('read-aloud', new Highlight(sentence.range));
      else registry.delete('read-aloud');
    }
    if (sentence) {
      const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
      sentence.block.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
      // A story scene moves its widget when the narration reaches one of its steps (components/scene).
      sentence.block.dispatchEvent(new CustomEvent('story:reach', { bubbles: true }));
    }
  }

  function speak(at: number) {
    const { sentences } = queue.current;
    const sentence = sentences[at];
    queue.current.at = at;
    if (!sentence) {
      stop();
      return;
    }
    setCurrent(sentence.text);
    highlight(sentence);
    const utterance = utteranceFor(sentence, lang, voicesFor(lang));
    utterance.onend = () => {
      if (queue.current.at === at) speak(at + 1);
    };
    speechSynthesis.speak(utterance);
  }

  function start() {
    queue.current = { sentences: collectSentences(document), at: 0 };
    speechSynthesis.cancel();
    setState('playing');
    speak(0);
  }

  function stop() {
    queue.current.at = -1;
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
    highlight(null);
    setState('idle');
    setCurrent('');
  }

  if (voiceCount === 0) return null;
  return (
    <div className={styles.player} data-state={state} data-testid="read-aloud">
      {state === 'idle' ? (
        <Button onClick={start}><SpeakerIcon waves={1} /> {w.play}</Button>
      ) : (
        <>
          <Button
            primary
            onClick={() => {
              if (state === 'playing') speechSynthesis.pause();
              else speechSynthesis.resume();
              setState(state === 'playing' ? 'paused' : 'playing');
            }}
          >
            {state === 'playing' ? w.pause : w.resume}
          </Button>
          <Button
            onClick={() => {
              const next = queue.current.at + 1;
              queue.current.at = -1; // the cancelled utterance must not advance the queue
              speechSynthesis.cancel();
              setState('playing');
              speak(next);
            }}
          >
            {w.skip}
          </Button>
          <Button onClick={stop}>{w.stop}</Button>
          <p className={styles.now} aria-live="polite" data-testid="read-aloud-sentence">
            <span className="visually-hidden">{w.reading}: </span>
            {current}
          </p>
        </>
      )}
    </div>
  );
}
