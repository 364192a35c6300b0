// @vitest-environment happy-dom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DeckLink } from '@/lib/present/link';
import { parseMessage, type DeckMessage } from '@/lib/present/messages';
import { createSignal, sameDeckState, type DeckState, type Pointer } from '@/lib/present/signal';
import { createWidgetStore } from '@/components/widgets/state';
import { useDeckChannel } from './useDeckChannel';

/** Two windows' links joined directly; what crosses goes through JSON and the schema, at once. */
function pair(): [DeckLink, DeckLink] {
  const hear: Set<(m: DeckMessage) => void>[] = [new Set(), new Set()];
  const end = (me: number): DeckLink => ({
    post(message) {
      const parsed = parseMessage(JSON.parse(JSON.stringify(message)));
      if (parsed) hear[1 - me]!.forEach((h) => h(parsed));
    },
    listen(h) {
      hear[me]!.add(h);
      return () => hear[me]!.delete(h);
    },
    close() {},
  });
  return [end(0), end(1)];
}

function window_(link: DeckLink) {
  const deck = createSignal<DeckState>({ index: 0, step: 0, black: false }, sameDeckState);
  const pointer = createSignal<Pointer>({ x: 0, y: 0, visible: false });
  const widgets = createWidgetStore();
  const links = [link];
  renderHook(() => useDeckChannel({ links, steps: [0, 2, 0], deck, widgets, pointer }));
  return widgets;
}

describe('useDeckChannel', () => {
  it('mirrors widget state both ways, a removed key included (a scene back at its step)', () => {
    const [a, b] = pair();
    const presenter = window_(a);
    const projector = window_(b);
    presenter.set('training/1:playing', true);
    presenter.set('training/1:lr', 0.5);
    expect(projector.get('training/1:playing')).toBe(true);
    // the story's step has no `playing`: the projector's widget must stop playing too
    projector.replace('training/1', { lr: 0.3 });
    expect(presenter.get('training/1:lr')).toBe(0.3);
    expect(presenter.current('training/1:playing') ?? null).toBeNull();
  });
});
