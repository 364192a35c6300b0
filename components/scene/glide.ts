import { animate } from 'framer-motion';
import type { JsonValue } from '@/components/widgets/state';
import { mix } from '@/lib/scenes/move';

type Item = { key: string; from: JsonValue; to: JsonValue };

/**
 * Slides each item from its old to its new value (framer-motion's tween), calling `apply` every
 * frame; loaded only when a scene first glides, so pages without one never ship it.
 */
export function glide(items: Item[], apply: (key: string, value: JsonValue) => void): { stop(): void } {
  const controls = animate(0, 1, {
    duration: 0.7,
    ease: 'easeInOut',
    onUpdate: (t) => items.forEach(({ key, from, to }) => apply(key, mix(from, to, t))),
    onComplete: () => items.forEach(({ key, to }) => apply(key, to)),
  });
  return { stop: () => controls.stop() };
}
