import type { DeckMessage } from '@/lib/present/messages';
import type { DeckState } from '@/lib/present/signal';
import type { JsonValue } from '@/lib/json';

/** Kinds that are the slide itself or pass by (a hello, the laser): nothing to replay later. */
const TRANSIENT = new Set<string>(['sync', 'deck', 'state', 'hello', 'pointer']);

/**
 * What the teacher's deck shows, rebuilt on a student's device from the messages that arrive:
 * the slide, every widget value, and the last message of any other kind (a run's snapshot).
 * `all` gives the messages that put a student's deck there again (snap back).
 */
export function createTeacherView() {
  let deck: DeckState | null = null;
  const state = new Map<string, JsonValue>();
  const other = new Map<string, DeckMessage>();

  /** As the deck hears messages: a sync becomes a move and the values (a deck takes only its first sync). */
  function asDeck(message: DeckMessage): DeckMessage[] {
    if (message.kind !== 'sync') return [message];
    const { index, step, black } = message;
    return [{ kind: 'deck', index, step, black }, ...Object.entries(message.state).map(([key, value]) => ({ kind: 'state', key, value }) as DeckMessage)];
  }

  return {
    apply(message: DeckMessage) {
      if (message.kind === 'sync' || message.kind === 'deck') deck = { index: message.index, step: message.step, black: message.black };
      if (message.kind === 'sync') for (const [key, value] of Object.entries(message.state)) state.set(key, value as JsonValue);
      else if (message.kind === 'state') state.set(message.key, message.value as JsonValue);
      // Any other kind (a run's snapshot, once runs are mirrored): its latest message is the state.
      else if (!TRANSIENT.has(message.kind)) other.set(message.kind, message);
    },
    replay: asDeck,
    /** Whether the teacher's slide is known yet. */
    known: () => deck !== null,
    /** Whether a deck position is the teacher's (the student's deck echoing a move it was told). */
    at(position: DeckState) {
      return deck !== null && deck.index === position.index && deck.step === position.step && deck.black === position.black;
    },
    all(): DeckMessage[] {
      const moves: DeckMessage[] = deck ? [{ kind: 'deck', ...deck }] : [];
      const values = [...state].map(([key, value]) => ({ kind: 'state', key, value }) as DeckMessage);
      return [...moves, ...values, ...other.values()];
    },
  };
}
