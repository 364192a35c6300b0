'use client';

import { useEffect } from 'react';
import type { DeckMessage } from '@/lib/present/messages';
import type { DeckLink } from '@/lib/present/link';
import { clampPosition, type Steps } from '@/lib/present/deck';
import type { DeckState, Pointer, Signal } from '@/lib/present/signal';
import type { WidgetStore } from '@/components/widgets/state';

/**
 * Keeps this window in step with the chapter's other deck windows (projector and presenter)
 * over its links (lib/present/link.ts): the slide, the black screen, every widget's state and
 * the laser dot. Local changes are sent on every link; what arrives (validated by the link) is
 * applied as 'remote', so it is never sent back. A window that opens asks the others for the
 * whole state.
 */
export function useDeckChannel(options: { links: DeckLink[]; steps: Steps; deck: Signal<DeckState>; widgets: WidgetStore; pointer: Signal<Pointer> }) {
  const { links, steps, deck, widgets, pointer } = options;
  useEffect(() => {
    if (links.length === 0) return;
    const post = (message: DeckMessage) => links.forEach((link) => link.post(message));
    let waitingForSync = true;

    const offDeck = deck.subscribe((state, origin) => origin === 'local' && post({ kind: 'deck', ...state }));
    const offWidgets = widgets.subscribe((key, value, origin) => {
      // A key removed (a scene back at its step, a reset) goes as null, which no widget state has
      // the shape of, so the other window's widget, and the run it plans, fall back to the start too.
      // A readonly JSON value is still JSON; the schema's type only spells it mutable.
      if (origin === 'local') post({ kind: 'state', key, value: value ?? null } as DeckMessage);
    });
    const offPointer = pointer.subscribe((value, origin) => origin === 'local' && post({ kind: 'pointer', ...value }));

    const moveTo = (index: number, step: number, black: boolean) => deck.set({ ...clampPosition({ index, step }, steps), black }, 'remote');
    const hear = (message: DeckMessage) => {
      switch (message.kind) {
        case 'hello':
          post({ kind: 'sync', ...deck.get(), state: widgets.snapshot() } as DeckMessage);
          break;
        case 'sync':
          if (!waitingForSync) break;
          waitingForSync = false;
          moveTo(message.index, message.step, message.black);
          for (const [key, value] of Object.entries(message.state)) widgets.set(key, value, 'remote');
          break;
        case 'deck':
          moveTo(message.index, message.step, message.black);
          break;
        case 'state':
          widgets.set(message.key, message.value, 'remote');
          break;
        case 'pointer':
          pointer.set({ x: message.x, y: message.y, visible: message.visible }, 'remote');
          break;
      }
    };
    const offLinks = links.map((link) => link.listen(hear));
    post({ kind: 'hello' });
    return () => {
      offDeck();
      offWidgets();
      offPointer();
      offLinks.forEach((off) => off());
    };
  }, [links, steps, deck, widgets, pointer]);
}
