/** What a key does in the deck. */
export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'overview' | 'black' | 'goto' | 'presenter' | 'handout' | 'help' | 'close';

/** The keys of each action, in the order the help lists them (KeyboardEvent.key values). */
export const deckKeys: { action: DeckAction; keys: string[] }[] = [
  { action: 'next', keys: ['PageDown', 'ArrowRight', ' ', 'ArrowDown'] },
  { action: 'previous', keys: ['PageUp', 'ArrowLeft', 'ArrowUp'] },
  { action: 'first', keys: ['Home'] },
  { action: 'last', keys: ['End'] },
  { action: 'fullscreen', keys: ['f'] },
  { action: 'overview', keys: ['o'] },
  { action: 'black', keys: ['b', '.'] },
  { action: 'goto', keys: ['g'] },
  { action: 'presenter', keys: ['p'] },
  { action: 'handout', keys: ['h'] },
  { action: 'help', keys: ['?'] },
  { action: 'close', keys: ['Escape'] },
];

export function actionForKey(key: string): DeckAction | null {
  const lower = key.length === 1 ? key.toLowerCase() : key;
  return deckKeys.find(({ keys }) => keys.includes(lower))?.action ?? null;
}

/**
 * What has the keyboard focus, as far as the deck's keys are concerned:
 * - `none`: the deck itself (or nothing);
 * - `text`: a field one types into (text, number, select, contenteditable);
 * - `adjustable`: a slider, a radio group, a tab list… (↑ ↓ Home End move it);
 * - `pressable`: a button reached with the keyboard (Space and Enter press it);
 * - `clicked`: a button or link the pointer last pressed (a clicker's Space must not press it again).
 */
export type KeyFocus = 'none' | 'text' | 'adjustable' | 'pressable' | 'clicked';

/** A clicker's keys: they turn the slide whatever control was touched last (only a text field keeps ← →). */
const CLICKER = new Set(['PageUp', 'PageDown']);
const SIDEWAYS = new Set(['ArrowLeft', 'ArrowRight']);
/** The keys a focused slider or radio group keeps, so it stays usable from the keyboard. */
const ADJUST = new Set(['ArrowUp', 'ArrowDown', 'Home', 'End', ' ', 'Enter']);

/**
 * True if the deck takes this key from the focused control. PageUp/PageDown always turn
 * the slide and Escape always hands the focus back to the deck; ← → turn it unless a text
 * field has the focus; a slider keeps ↑ ↓ Home End; a button the pointer clicked gives
 * Space to the deck, one reached with Tab keeps it.
 */
export function deckTakesKey(key: string, focus: KeyFocus): boolean {
  if (CLICKER.has(key) || key === 'Escape') return true;
  switch (focus) {
    case 'none':
    case 'clicked':
      return true;
    case 'text':
      return false;
    case 'adjustable':
      return !ADJUST.has(key) && (SIDEWAYS.has(key) || key.length === 1);
    case 'pressable':
      return key !== ' ' && key !== 'Enter';
  }
}

/** How a key is written in the help. */
export const keyLabel = (key: string) =>
  ({ ArrowRight: '→', ArrowLeft: '←', ArrowDown: '↓', ArrowUp: '↑', ' ': 'Space', Escape: 'Esc' })[key] ?? key;
