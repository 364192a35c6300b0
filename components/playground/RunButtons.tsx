import { Button } from '@/components/controls/Button';
import type { TrainerRequest } from '@/lib/nn/worker/protocol';
import type { PlaygroundWords } from './words';
import styles from './Playground.module.css';

/** Play or pause, one step, one epoch, reset (the last three pause first). */
export function RunButtons({ w, playing, ready, send, onPlaying }: {
  w: PlaygroundWords;
  playing: boolean;
  ready: boolean;
  send: (request: TrainerRequest) => void;
  onPlaying: (playing: boolean) => void;
}) {
  const once = (type: 'step' | 'epoch' | 'reset') => {
    onPlaying(false);
    send(type === 'reset' ? { type, playing: false } : { type });
  };
  return (
    <div className={styles.buttons}>
      <Button primary disabled={!ready} onClick={() => onPlaying(!playing)} data-action="play" aria-pressed={playing}>
        {playing ? `❚❚ ${w.pause}` : `▶ ${w.play}`}
      </Button>
      <Button disabled={!ready} onClick={() => once('step')} data-action="step">{w.step}</Button>
      <Button disabled={!ready} onClick={() => once('epoch')} data-action="epoch">{w.epoch}</Button>
      <Button disabled={!ready} onClick={() => once('reset')} data-action="reset">↺ {w.reset}</Button>
    </div>
  );
}
