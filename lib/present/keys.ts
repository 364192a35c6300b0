/** What a key does in the deck. */
export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'overview' | 'black' | 'goto' | 'presenter' | 'help' | 'close';

/** The keys of each action, in the order the help lists them (KeyboardEvent.key values). */
export const deckKeys: { action: DeckAction; keys: string[] }[] = [
  { action: 'next', keys: ['ArrowRight', ' ', 'PageDown', 'ArrowDown'] },
  { action: 'previous', keys: ['ArrowLeft', 'PageUp', 'ArrowUp'] },
  { action: 'first', keys: ['Home'] },
  { action: 'last', keys: ['End'] },
  { action: 'fullscreen', keys: ['f'] },
  { action: 'overview', keys: ['o'] },
  { action: 'black', keys: ['b', '.'] },
  { action: 'goto', keys: ['g'] },
  { action: 'presenter', keys: ['p'] },
  { action: 'help', keys: ['?'] },
  { action: 'close', keys: ['Escape'] },
];

export function actionForKey(key: string): DeckAction | null {
  const lower = key.length === 1 ? key.toLowerCase() : key;
  return deckKeys.find(({ keys }) => keys.includes(lower))?.action ?? null;
}

/** How a key is written in the help. */
export const keyLabel = (key: string) =>
  ({ ArrowRight: '→', ArrowLeft: '←', ArrowDown: '↓', ArrowUp: '↑', ' ': 'Space', Escape: 'Esc' })[key] ?? key;
