'use client';
// Playing trains a fixed number of steps per animation frame (the playground: one epoch, as
// tensorflow/playground does), so a run unfolds at a pace the eye can follow. The trainer's
// own "play" trains as fast as it can: a small network would finish before anyone saw it.
import { useEffect, useState } from 'react';
import type { TrainerRequest, TrainerSnapshot } from '@/lib/nn/worker/protocol';

/**
 * While playing: after each answer, on the next frame, asks for `steps` more steps.
 * Stops by itself when the run diverges. Returns whether it plays and a setter.
 */
export function usePlayLoop(snapshot: TrainerSnapshot | null, send: (request: TrainerRequest) => void, steps: number, runKey: string) {
  const [playing, setPlaying] = useState<{ runKey: string; on: boolean }>({ runKey, on: false });
  const on = playing.on && playing.runKey === runKey && !(snapshot?.diverged ?? false);
  const answered = snapshot ? `${snapshot.step}/${snapshot.historySteps.length}` : null;
  useEffect(() => {
    if (!on || answered === null) return;
    const frame = requestAnimationFrame(() => send({ type: 'train', steps }));
    return () => cancelAnimationFrame(frame);
  }, [on, answered, send, steps]);
  return { playing: on, setPlaying: (value: boolean) => setPlaying({ runKey, on: value }) };
}
